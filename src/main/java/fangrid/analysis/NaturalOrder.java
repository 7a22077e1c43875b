package fangrid.analysis;

import java.util.Comparator;

/**
 * Orders ids as people read them: runs of digits by their number ({@code C9} before {@code C10}, {@code 0099} after
 * {@code 98}), everything else by character; null last.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = compareNumbers(a, i, endA, b, j, endB);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Compares two digit runs by value, without parsing (runs may be longer than a long). */
    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        int startA = skipZeros(a, i, endA);
        int startB = skipZeros(b, j, endB);
        int c = Integer.compare(endA - startA, endB - startB);
        for (int k = 0; c == 0 && k < endA - startA; k++) {
            c = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
        }
        // equal values: fewer leading zeros first, so that the order is total
        return c != 0 ? c : Integer.compare(endA - i, endB - j);
    }

    private static int skipZeros(String s, int from, int to) {
        while (from < to - 1 && s.charAt(from) == '0') {
            from++;
        }
        return from;
    }

    private static int digitsEnd(String s, int from) {
        while (from < s.length() && isDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
