package fangrid.importer.parse;

/**
 * Plain ASCII numbers ({@code 1500}, {@code -3}, {@code 12.75}) read without the general parser's string copies.
 * Up to 15 digits the value is exact as a long and so is the power of ten, and one division rounds correctly:
 * the result is the very double {@link Double#parseDouble} gives.
 */
public final class PlainNumbers {
    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private PlainNumbers() {
    }

    /** The value of {@code s}, or NaN when it is not an optionally signed run of digits with optional decimals. */
    public static double parse(String s) {
        return parse(s, '.');
    }

    /**
     * As {@link #parse(String)}, with {@code decimalMark} ({@code .} or {@code ,}) before the decimals; the other
     * mark makes it NaN, as a thousands separator is the general parser's business.
     */
    public static double parse(String s, char decimalMark) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalMark && decimals < 0 && count > 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > MAX_DIGITS || decimals == 0) {
            return Double.NaN;
        }
        double v = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -v : v;
    }
}
