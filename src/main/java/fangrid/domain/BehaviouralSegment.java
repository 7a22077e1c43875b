package fangrid.domain;

import java.util.Locale;

/** The behavioural segments of DOMAIN.md (行動ベース); a customer may be in several. */
public enum BehaviouralSegment {
    HEAVY("heavy", "ヘビーユーザー", "Heavy users"),
    ONE_TIME("one-time", "ワンタイムユーザー", "One-time users"),
    NEW("new", "新規", "New"),
    SEASONAL("seasonal", "季節型", "Seasonal"),
    BULK("bulk", "まとめ買い", "Bulk buyers");

    private final String id;
    private final String japanese;
    private final String english;

    BehaviouralSegment(String id, String japanese, String english) {
        this.id = id;
        this.japanese = japanese;
        this.english = english;
    }

    /** The name in CSV files and the CLI. */
    public String id() {
        return id;
    }

    /** This segment's bit in a per-customer mask. */
    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }

    public String label(Locale locale) {
        return Labels.isJapanese(locale) ? japanese : english;
    }
}
