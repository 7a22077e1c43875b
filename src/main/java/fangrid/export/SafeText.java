package fangrid.export;

import fangrid.files.SpreadsheetText;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Makes text cells safe for a spreadsheet: text a spreadsheet app would run as a formula gets a leading {@code '},
 * and characters the file's charset cannot hold (e.g. 𠮷 or emoji in windows-31j) become {@code ?}, counted.
 */
final class SafeText {
    /** What stands in for a character the charset cannot hold. */
    static final char REPLACEMENT = '?';

    /** Checks characters against the file's charset; null when every character can be written (a UTF charset). */
    private final CharsetEncoder encoder;
    private long replaced;

    /** @param charset the file's charset, or null when it holds every character */
    SafeText(Charset charset) {
        this.encoder = charset == null || charset.name().startsWith("UTF") ? null : charset.newEncoder();
    }

    /** The cell's text as written: fitted to the charset, then neutralized. Null stays null. */
    String cell(String text) {
        return text == null ? null : neutralize(fit(text));
    }

    /** How many characters were replaced so far. */
    long replaced() {
        return replaced;
    }

    /** Prefixes {@code '} to text a spreadsheet would run as a formula ({@link SpreadsheetText}). */
    static String neutralize(String text) {
        return SpreadsheetText.neutralize(text);
    }

    private String fit(String text) {
        if (encoder == null || isAscii(text) || encoder.canEncode(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            int n = Character.charCount(cp);
            if (n == 1 && encoder.canEncode((char) cp)) {
                sb.append((char) cp);
            } else {
                sb.append(REPLACEMENT);
                replaced++;
            }
            k += n;
        }
        return sb.toString();
    }

    private static boolean isAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
