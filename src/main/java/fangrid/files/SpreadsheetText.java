package fangrid.files;

import java.util.regex.Pattern;

/**
 * Text FanGrid writes into a CSV or a workbook that a spreadsheet app would run as a formula (CSV injection, OWASP):
 * a cell whose first non-blank character is {@code = + - @} or their full-width forms {@code ＝ ＋ － ＠}, or that
 * starts with a tab or a carriage return. Such a cell is neutralised with a leading {@code '}, which spreadsheet apps
 * read as "this is text".
 */
public final class SpreadsheetText {
    /** A plain number as a spreadsheet file holds one: a spreadsheet reads it as a number and runs nothing. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][+-]?\\d+)?");

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet app would take {@code text} for a formula. */
    public static boolean looksLikeFormula(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return "=+-@＝＋－＠".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** {@code text} with a leading {@code '} when a spreadsheet app would take it for a formula; null stays null. */
    public static String neutralize(String text) {
        return text != null && looksLikeFormula(text) ? "'" + text : text;
    }

    /**
     * As {@link #neutralize}, but a cell holding one plain number ({@code -500}, {@code -1,234.5}) stays as it is:
     * for the cells of a file read in, which a user fixes and imports again.
     */
    public static String neutralizeUnlessNumber(String cell) {
        return cell != null && PLAIN_NUMBER.matcher(cell).matches() ? cell : neutralize(cell);
    }
}
