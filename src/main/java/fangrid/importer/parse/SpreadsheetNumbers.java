package fangrid.importer.parse;

import fangrid.domain.DecimalMark;
import java.math.BigDecimal;

/**
 * Numbers as a Japanese or English spreadsheet writes them, and nothing else: digits, grouped in threes by commas
 * or not at all, with one decimal point; a yen sign before ({@code ¥}, or {@code \}, which is how windows-31j text
 * shows it) or {@code 円} after; a minus ({@code -}, {@code −}), {@code ▲} or {@code △} in front, or brackets
 * around, for a negative; plain scientific notation ({@code 1.25E+3}). With {@link DecimalMark#COMMA} a comma comes
 * before the decimals and points or blanks group the thousands. Anything else ({@code 12,50}, {@code ▲-500},
 * {@code 100d}, {@code 0x1p10}, {@code 1円2}) is no number: the parser this replaces read each of those as some
 * number, most of them wrongly.
 */
public final class SpreadsheetNumbers {
    /** Up to 15 digits a long holds the digits exactly, and a double too: one operation then rounds correctly. */
    private static final int EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_EXPONENT_DIGITS = 3;

    private SpreadsheetNumbers() {
    }

    /** The value of {@code s} (already folded: see {@link ValueParsers#fold}), or NaN when it is no such number. */
    public static double parse(String s, DecimalMark mark) {
        int i = 0;
        int end = s.length();
        boolean bracketed = end >= 2 && s.charAt(0) == '(' && s.charAt(end - 1) == ')';
        if (bracketed) {
            i = 1;
            end--;
        }
        boolean negative = bracketed;
        boolean signed = bracketed;
        boolean currency = false;
        while (i < end) {
            char c = s.charAt(i);
            if (!signed && isSign(c)) {
                signed = true;
                negative = c != '+';
            } else if (!currency && isYenSign(c)) {
                currency = true;
            } else {
                break;
            }
            i = skipBlanks(s, i + 1, end);
        }
        if (end > i && s.charAt(end - 1) == '円') {
            if (currency) {
                return Double.NaN;
            }
            currency = true;
            end--;
            while (end > i && s.charAt(end - 1) == ' ') {
                end--;
            }
        }
        return body(s, i, end, mark, negative, !currency && !bracketed);
    }

    /** Digits, grouped or not, decimals and (where {@code exponentAllowed}) an exponent, filling {@code [from, end)}. */
    private static double body(String s, int from, int end, DecimalMark mark, boolean negative, boolean exponentAllowed) {
        int i = digitsEnd(s, from, end);
        char separator = 0;
        int firstGroup = i - from;
        if (i < end && mark.groups(s.charAt(i)) && firstGroup >= 1 && firstGroup <= 3 && s.charAt(from) != '0') {
            separator = s.charAt(i);
            while (i < end && s.charAt(i) == separator) {
                if (digitsEnd(s, i + 1, Math.min(end, i + 4)) != i + 4) {
                    return Double.NaN;
                }
                i += 4;
            }
        }
        int integerEnd = i;
        int fractionStart = i;
        if (i < end && s.charAt(i) == mark.mark()) {
            fractionStart = i + 1;
            i = digitsEnd(s, fractionStart, end);
        }
        int fractionEnd = i;
        if (integerEnd == from && fractionEnd == fractionStart) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            if (!exponentAllowed || separator != 0) {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = i < end && s.charAt(i) == '-';
            if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int digits = digitsEnd(s, i, end) - i;
            if (digits == 0 || digits > MAX_EXPONENT_DIGITS) {
                return Double.NaN;
            }
            exponent = Integer.parseInt(s, i, i + digits, 10);
            exponent = negativeExponent ? -exponent : exponent;
            i += digits;
        }
        if (i != end) {
            return Double.NaN;
        }
        double v = value(s, from, integerEnd, fractionStart, fractionEnd, exponent);
        if (Double.isInfinite(v)) {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    /** The digits of {@code [from, integerEnd)} (separators skipped) and {@code [fractionStart, fractionEnd)}, × 10^exponent. */
    private static double value(String s, int from, int integerEnd, int fractionStart, int fractionEnd, int exponent) {
        long digits = 0;
        int significant = 0;
        for (int k = from; k < fractionEnd; k++) {
            char c = s.charAt(k);
            if (isDigit(c) && (k < integerEnd || k >= fractionStart)) {
                if (significant > 0 || c != '0') {
                    significant++;
                }
                if (significant <= EXACT_DIGITS) {
                    digits = digits * 10 + (c - '0');
                }
            }
        }
        int power = exponent - (fractionEnd - fractionStart);
        if (significant <= EXACT_DIGITS && Math.abs(power) < POWERS_OF_TEN.length) {
            return power >= 0 ? digits * POWERS_OF_TEN[power] : digits / POWERS_OF_TEN[-power];
        }
        StringBuilder plain = new StringBuilder(fractionEnd - from + 8);
        for (int k = from; k < fractionEnd; k++) {
            char c = s.charAt(k);
            if (isDigit(c) && (k < integerEnd || k >= fractionStart)) {
                plain.append(c);
            }
        }
        // the shape is checked: the JDK reads these digits as the number they are, not a form of its own
        return Double.parseDouble(plain.append('E').append(power).toString());
    }

    /**
     * Why {@code text} is no number, for the user: quoted, and with a hint where the other decimal mark would read
     * it ({@code 12,50} is 12.5 to a European).
     */
    public static String problem(String text, DecimalMark mark) {
        String shown = "\"" + (text == null ? "" : text.strip()) + "\"";
        double other = parse(ValueParsers.fold(text), mark.other());
        if (Double.isNaN(other)) {
            return "not a number: " + shown;
        }
        String value = BigDecimal.valueOf(other).stripTrailingZeros().toPlainString();
        return mark == DecimalMark.POINT
                ? "not a number: " + shown + " (with a decimal comma it would be " + value
                        + ": if the file writes decimals with a comma, choose decimal comma; command line: --decimal-comma)"
                : "not a number with a decimal comma, as chosen: " + shown + " (with a decimal point it would be "
                        + value + ")";
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '+' || c == '−' || c == '▲' || c == '△';
    }

    private static boolean isYenSign(char c) {
        return c == '¥' || c == '\\';
    }

    private static int skipBlanks(String s, int from, int end) {
        int i = from;
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The end of the run of ASCII digits from {@code from}, at most {@code end}. */
    private static int digitsEnd(String s, int from, int end) {
        int i = from;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
