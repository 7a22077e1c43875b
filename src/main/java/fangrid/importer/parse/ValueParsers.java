package fangrid.importer.parse;

import fangrid.domain.DateOrder;
import fangrid.domain.DecimalMark;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date and number forms shops' files use; each returns null for a value it cannot read. */
public final class ValueParsers {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
    private static final Pattern MDY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?: .*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ValueParsers() {
    }

    /** Full-width digits and signs to ASCII, surrounding blanks dropped. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // NFKC leaves ASCII as it is, and most values are ASCII already: skip the normalizer, a large cost per value
        return isAsciiWithoutSurroundingBlanks(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static boolean isAsciiWithoutSurroundingBlanks(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads {@code 2024-01-05}, {@code 2024/1/5}, {@code 2024年1月5日}, {@code 2024/01/05 13:45},
     * {@code 20240105}, {@code 12/1/2010 8:26} (month first) and Excel serial numbers.
     */
    public static LocalDate date(String text) {
        return date(text, DateOrder.MONTH_FIRST);
    }

    /** As {@link #date(String)}, reading {@code a/b/yyyy} in the given order. */
    public static LocalDate date(String text, DateOrder order) {
        String s = fold(text);
        if (s.isEmpty()) {
            return null;
        }
        try {
            LocalDate plain = PlainDates.parse(s, order);
            if (plain != null) {
                return plain;
            }
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = MDY.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                return order == DateOrder.DAY_FIRST ? LocalDate.of(Integer.parseInt(m.group(3)), b, a)
                        : LocalDate.of(Integer.parseInt(m.group(3)), a, b);
            }
            if (s.matches("\\d{5}(\\.\\d+)?")) {
                return EXCEL_EPOCH.plusDays((long) Double.parseDouble(s));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads a number as a spreadsheet writes it, with a decimal point; see {@link SpreadsheetNumbers}. */
    public static Double number(String text) {
        return number(text, DecimalMark.POINT);
    }

    /**
     * Reads {@code 1234}, {@code 1,234}, {@code ¥1,234}, {@code ￥１２３４}, {@code 1234円}, {@code -12.5},
     * {@code 1.25E+3} and the Japanese negatives {@code ▲1,000}, {@code △1,000}, {@code (1,000)}; with
     * {@link DecimalMark#COMMA}, {@code 1.234,5}. Null for anything else (see {@link SpreadsheetNumbers}).
     */
    public static Double number(String text, DecimalMark mark) {
        String s = fold(text);
        if (s.isEmpty()) {
            return null;
        }
        double plain = PlainNumbers.parse(s, mark.mark());
        if (Double.isNaN(plain)) {
            plain = SpreadsheetNumbers.parse(s, mark);
        }
        return Double.isNaN(plain) ? null : plain;
    }

    /**
     * The index of the first control character in {@code s} (C0, DEL or C1: U+0000–U+001F, U+007F–U+009F), or −1.
     * No id or date holds one; where one does, the file is damaged or was written by something that went wrong.
     */
    public static int controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7F && c <= 0x9F) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An id as imports match it: folded (full-width and circled digits to ASCII, NFKC) and a number written by a
     * spreadsheet ({@code 13085.0}) as {@code 13085}.
     */
    public static String id(String text) {
        return withoutSpreadsheetDecimal(fold(text));
    }

    /**
     * A customer id as the shop's file wrote it, for display and export: blanks around it dropped and a whole
     * number's {@code .0} too (a spreadsheet's number, not the shop's text), but not normalised (山田① stays).
     */
    public static String sourceId(String text) {
        return withoutSpreadsheetDecimal(text.strip());
    }

    private static String withoutSpreadsheetDecimal(String s) {
        if (s.endsWith(".0") && s.length() > 2 && s.substring(0, s.length() - 2).chars().allMatch(Character::isDigit)) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** Empty text as null, else the text stripped. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
