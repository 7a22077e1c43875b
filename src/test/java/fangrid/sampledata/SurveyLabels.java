package fangrid.sampledata;

import java.util.List;

/** The exact Japanese answer labels of the favorability (好感度) and usage (ご利用頻度) questions of DOMAIN.md. */
public final class SurveyLabels {

    /** Favorability labels, index = code (index 0 unused: code 0 does not exist). */
    private static final List<String> FAVORABILITY = List.of("",
            "実は好きではない", "あまり好きではない", "好きでも嫌いでもない", "まあまあ好き",
            "好き", "大好き", "人に紹介するほど大好き");

    /** Usage labels, index = code 0–5. */
    private static final List<String> USAGE = List.of(
            "利用したことがない", "相談したことがある", "モニターを購入したことがある",
            "本製品を1回購入したことがある", "本製品を2回購入したことがある", "本製品を3回以上購入したことがある");

    private SurveyLabels() {
    }

    /**
     * @param code a favorability code 1–7
     * @return its Japanese label
     */
    public static String favorability(int code) {
        if (code < 1 || code > 7) {
            throw new IllegalArgumentException("favorability " + code);
        }
        return FAVORABILITY.get(code);
    }

    /**
     * @param code a usage code 0–5
     * @return its Japanese label
     */
    public static String usage(int code) {
        return USAGE.get(code);
    }

    /**
     * @param label a Japanese favorability label
     * @return its code 1–7
     * @throws IllegalArgumentException for an unknown label
     */
    public static int favorabilityCode(String label) {
        int i = FAVORABILITY.indexOf(label);
        if (i < 1) {
            throw new IllegalArgumentException("unknown favorability label " + label);
        }
        return i;
    }

    /**
     * @param label a Japanese usage label
     * @return its code 0–5
     * @throws IllegalArgumentException for an unknown label
     */
    public static int usageCode(String label) {
        int i = USAGE.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown usage label " + label);
        }
        return i;
    }
}
