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
