package fangrid.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Matching rules for labels typed by people: width, spaces and 「」 do not matter. */
final class Labels {
    private Labels() {
    }

    static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    /** The value whose Japanese label, English label or code matches {@code answer} as people type it; else null. */
    static <E> E match(String answer, E[] values, java.util.function.Function<E, String> japanese,
                       java.util.function.Function<E, String> english, java.util.function.ToIntFunction<E> code) {
        String key = normalize(answer);
        for (E v : values) {
            if (key.equals(normalize(japanese.apply(v))) || key.equals(normalize(english.apply(v)))
                    || key.equals(Integer.toString(code.applyAsInt(v)))) {
                return v;
            }
        }
        return null;
    }

    /** NFKC (full-width → half-width digits and letters), no white space or 「」『』, lower case. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && "「」『』\"".indexOf(c) < 0)
                .forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
