package fangrid.importer.parse;

import fangrid.domain.DateOrder;
import java.time.LocalDate;

/**
 * The date shapes nearly every file uses ({@code 2024-01-05}, {@code 2024/1/5 13:45}, {@code 12/1/2010 8:26}) read
 * without regular expressions, which cost more than the rest of a row. Accepts exactly what the patterns of
 * {@link ValueParsers#date(String, DateOrder)} accept for these shapes and reads them the same way; anything else
 * is left to those patterns.
 */
final class PlainDates {
    private PlainDates() {
    }

    /**
     * The date, or null when {@code s} (already folded) has another shape.
     *
     * @throws java.time.DateTimeException when it has the shape but no such day exists
     */
    static LocalDate parse(String s, DateOrder order) {
        int n = s.length();
        if (n >= 8 && isDigits(s, 0, 4) && isSeparator(s.charAt(4))) {
            int monthEnd = digitsEnd(s, 5);
            if (monthEnd < 0 || monthEnd == n || !isSeparator(s.charAt(monthEnd))) {
                return null;
            }
            int dayEnd = digitsEnd(s, monthEnd + 1);
            if (dayEnd < 0 || !restIsTime(s, dayEnd, true)) {
                return null;
            }
            return LocalDate.of(number(s, 0, 4), number(s, 5, monthEnd), number(s, monthEnd + 1, dayEnd));
        }
        int firstEnd = digitsEnd(s, 0);
        if (firstEnd < 0 || firstEnd >= n || !isSeparator(s.charAt(firstEnd))) {
            return null;
        }
        int secondEnd = digitsEnd(s, firstEnd + 1);
        if (secondEnd < 0 || secondEnd + 5 > n || !isSeparator(s.charAt(secondEnd)) || !isDigits(s, secondEnd + 1, 4)
                || !restIsTime(s, secondEnd + 5, false)) {
            return null;
        }
        int a = number(s, 0, firstEnd);
        int b = number(s, firstEnd + 1, secondEnd);
        int year = number(s, secondEnd + 1, secondEnd + 5);
        return order == DateOrder.DAY_FIRST ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }

    /** The end of one or two digits starting at {@code from}, or −1; a third digit is another shape. */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i < from + 3 && isDigit(s.charAt(i))) {
            i++;
        }
        return i == from || i == from + 3 ? -1 : i;
    }

    /** Nothing after the date, or a blank (or {@code T}) and then anything on the same line, as the patterns' {@code .*}. */
    private static boolean restIsTime(String s, int from, boolean tAllowed) {
        if (from == s.length()) {
            return true;
        }
        char c = s.charAt(from);
        if (c != ' ' && !(tAllowed && c == 'T')) {
            return false;
        }
        for (int i = from + 1; i < s.length(); i++) {
            char t = s.charAt(i);
            if (t == '\n' || t == '\r' || t == '\u0085' || t == '\u2028' || t == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }
}
