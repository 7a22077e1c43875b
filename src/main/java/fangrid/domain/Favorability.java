package fangrid.domain;

import java.util.Locale;

/** The seven favorability levels of the survey (好感度), code 7 = loves it enough to recommend it. */
public enum Favorability {
    RECOMMENDS(7, "人に紹介するほど大好き", "Love it enough to recommend it"),
    LOVES(6, "大好き", "Love it"),
    LIKES(5, "好き", "Like it"),
    SOMEWHAT_LIKES(4, "まあまあ好き", "Somewhat like it"),
    NEUTRAL(3, "好きでも嫌いでもない", "Neither like nor dislike"),
    NOT_REALLY(2, "あまり好きではない", "Don't really like it"),
    DISLIKES(1, "実は好きではない", "Actually don't like it");

    private final int code;
    private final String japanese;
    private final String english;

    Favorability(int code, String japanese, String english) {
        this.code = code;
        this.japanese = japanese;
        this.english = english;
    }

    public int code() {
        return code;
    }

    /** The label as the survey asks it, in Japanese for a Japanese locale and in English otherwise. */
    public String label(Locale locale) {
        return Labels.isJapanese(locale) ? japanese : english;
    }

    /** Whether this level counts towards the first category (6 or 7). */
    public boolean lovesProduct() {
        return code >= 6;
    }

    /** The level with this code (1–7). */
    public static Favorability ofCode(int code) {
        for (Favorability f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new IllegalArgumentException("favorability code must be 1–7: " + code);
    }

    /** Parses a survey answer: the Japanese label, the English label or the code; null if it is none of them. */
    public static Favorability parse(String answer) {
        return Labels.match(answer, values(), v -> v.japanese, v -> v.english, v -> v.code);
    }
}
