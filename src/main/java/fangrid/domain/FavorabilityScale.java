package fangrid.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a survey file writes favorability: FanGrid's own 7 levels (label or code), 1–5 review stars, or an NPS
 * answer 0–10. The other scales come with a value-mapping table onto the 7 levels, shown to the user.
 */
public enum FavorabilityScale {
    /** 人に紹介するほど大好き … 実は好きではない, their English labels, or 1–7. */
    LEVELS(Map.of()),
    /** Review stars 1–5: 5 → 大好き (6), 4 → 好き (5), 3 → neither (3), 2 → not really (2), 1 → dislike (1). */
    STARS_5(Map.of(1, 1, 2, 2, 3, 3, 4, 5, 5, 6)),
    /** NPS 0–10: promoters 10 → 7, 9 → 6; passives 8 → 5, 7 → 4; detractors 5–6 → 3, 3–4 → 2, 0–2 → 1. */
    NPS_11(Map.ofEntries(Map.entry(0, 1), Map.entry(1, 1), Map.entry(2, 1), Map.entry(3, 2), Map.entry(4, 2),
            Map.entry(5, 3), Map.entry(6, 3), Map.entry(7, 4), Map.entry(8, 5), Map.entry(9, 6), Map.entry(10, 7)));

    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(\\.0+)?");

    private final Map<Integer, Integer> table;

    FavorabilityScale(Map<Integer, Integer> table) {
        this.table = table;
    }

    /** The name used by {@code --favorability-scale}: levels, stars5, nps. */
    public String id() {
        return switch (this) {
            case LEVELS -> "levels";
            case STARS_5 -> "stars5";
            case NPS_11 -> "nps";
        };
    }

    /** The value-mapping table, answer → favorability code, in answer order (empty for LEVELS). */
    public Map<Integer, Integer> table() {
        return new TreeMap<>(table);
    }

    /** The level an answer means on this scale, or null if it is not an answer of this scale. */
    public Favorability read(String answer) {
        return read(answer, table);
    }

    /** As {@link #read(String)}, with the user's own value-mapping table (answer → level code). */
    public Favorability read(String answer, Map<Integer, Integer> levels) {
        if (this == LEVELS) {
            return Favorability.parse(answer);
        }
        Integer v = wholeNumber(answer);
        return v == null || !levels.containsKey(v) ? null : Favorability.ofCode(levels.get(v));
    }

    /** The scale named {@code id}, or null. */
    public static FavorabilityScale ofId(String id) {
        for (FavorabilityScale s : values()) {
            if (s.id().equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }

    /** Guesses a scale from the header and sampled answers: 8–10 or a 0 mean NPS; a star header means stars. */
    public static FavorabilityScale guess(String header, int maxAnswer, boolean zeroSeen) {
        String h = header == null ? "" : header.toLowerCase(Locale.ROOT);
        if (maxAnswer > 7 || zeroSeen || h.contains("nps") || h.contains("推奨")) {
            return NPS_11;
        }
        if (h.contains("星") || h.contains("★") || h.contains("star") || h.contains("レビュー") || h.contains("rating")) {
            return STARS_5;
        }
        return LEVELS;
    }

    /** A rating written as a whole number ("4", "４", "4.0", "★4", "4点"), or null. */
    private static Integer wholeNumber(String answer) {
        if (answer == null) {
            return null;
        }
        String s = Normalizer.normalize(answer, Normalizer.Form.NFKC).replace("★", "").replace("点", "").strip();
        return WHOLE.matcher(s).matches() ? Integer.valueOf(s.substring(0, s.indexOf('.') < 0 ? s.length()
                : s.indexOf('.'))) : null;
    }
}
