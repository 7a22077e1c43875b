package fangrid.domain;

import java.util.Locale;

/** What the 5-level R/F/M scores count; the UI and the CLI say which is in use. */
public enum ScoringMode {
    /** DOMAIN.md: frequency = distinct purchase occasions, monetary = net sales, recency from the last purchase. */
    FANGRID("fangrid", "frequency = distinct purchase occasions; monetary = net sales"),
    /** R's rfm package 0.3.0: every order line is a transaction, amounts summed as given, recency from the latest line. */
    RFM_PACKAGE("rfm-package", "frequency = order lines, as R's rfm package counts them; monetary = sum of line amounts");

    private final String id;
    private final String definition;

    ScoringMode(String id, String definition) {
        this.id = id;
        this.definition = definition;
    }

    /** The name used in the CLI and the project settings. */
    public String id() {
        return id;
    }

    /** One line saying what is counted. */
    public String definition() {
        return definition;
    }

    /** The mode named {@code id} (case-insensitive). */
    public static ScoringMode of(String id) {
        for (ScoringMode m : values()) {
            if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown scoring mode \"" + id + "\": use fangrid or rfm-package");
    }
}
