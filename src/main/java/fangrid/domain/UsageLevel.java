package fangrid.domain;

import java.util.Locale;

/** The six usage levels (ご利用頻度), from 0 = never used to 5 = bought the main product three or more times. */
public enum UsageLevel {
    NEVER_USED(0, "利用したことがない", "Never used"),
    CONSULTED(1, "相談したことがある", "Has consulted / inquired"),
    BOUGHT_TRIAL(2, "モニターを購入したことがある", "Bought the trial (monitor) product"),
    BOUGHT_MAIN_ONCE(3, "本製品を1回購入したことがある", "Bought the main product once"),
    BOUGHT_MAIN_TWICE(4, "本製品を2回購入したことがある", "Bought the main product twice"),
    BOUGHT_MAIN_3_PLUS(5, "本製品を3回以上購入したことがある", "Bought the main product 3 or more times");

    private final int code;
    private final String japanese;
    private final String english;

    UsageLevel(int code, String japanese, String english) {
        this.code = code;
        this.japanese = japanese;
        this.english = english;
    }

    public int code() {
        return code;
    }

    /** The label in Japanese for a Japanese locale and in English otherwise. */
    public String label(Locale locale) {
        return Labels.isJapanese(locale) ? japanese : english;
    }

    /** The level with this code (0–5). */
    public static UsageLevel ofCode(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("usage level code must be 0–5: " + code);
        }
        return values()[code];
    }

    /** The level observed from purchases: main-product occasions 1 / 2 / 3+ give 3 / 4 / 5; trial only gives 2. */
    public static UsageLevel observed(int mainProductOccasions, boolean boughtTrial) {
        if (mainProductOccasions >= 3) {
            return BOUGHT_MAIN_3_PLUS;
        }
        if (mainProductOccasions == 2) {
            return BOUGHT_MAIN_TWICE;
        }
        if (mainProductOccasions == 1) {
            return BOUGHT_MAIN_ONCE;
        }
        return boughtTrial ? BOUGHT_TRIAL : null;
    }

    /** Parses a survey answer: the Japanese label, the English label or the code; null if it is none of them. */
    public static UsageLevel parse(String answer) {
        return Labels.match(answer, values(), v -> v.japanese, v -> v.english, v -> v.code);
    }
}
