package fangrid.analysis;

/**
 * Puts orders in order of customer ranges (2^15 customers each; first-seen order within a range). Summing orders
 * into per-customer columns in file order writes all over those columns, a cache and TLB miss per order; in range
 * order the writes stay within a few hundred pages at a time. Moving the orders there costs a sequential pass
 * per column.
 */
final class CustomerRanges {
    private static final int RANGE_BITS = 15;

    private CustomerRanges() {
    }

    /** Each order's new place, or −1 for a {@code dropped} one; {@code kept} places in all, from 0. */
    static int[] places(int[] customer, int size, boolean[] dropped) {
        int max = 0;
        for (int o = 0; o < size; o++) {
            max = Math.max(max, customer[o]);
        }
        int[] next = new int[(max >>> RANGE_BITS) + 2];
        for (int o = 0; o < size; o++) {
            if (!dropped[o]) {
                next[(customer[o] >>> RANGE_BITS) + 1]++;
            }
        }
        for (int r = 1; r < next.length; r++) {
            next[r] += next[r - 1];
        }
        int[] place = new int[size];
        for (int o = 0; o < size; o++) {
            place[o] = dropped[o] ? -1 : next[customer[o] >>> RANGE_BITS]++;
        }
        return place;
    }

    static int[] move(int[] column, int[] place, int kept) {
        int[] moved = new int[kept];
        for (int o = 0; o < place.length; o++) {
            if (place[o] >= 0) {
                moved[place[o]] = column[o];
            }
        }
        return moved;
    }

    static double[] move(double[] column, int[] place, int kept) {
        double[] moved = new double[kept];
        for (int o = 0; o < place.length; o++) {
            if (place[o] >= 0) {
                moved[place[o]] = column[o];
            }
        }
        return moved;
    }

    static byte[] move(byte[] column, int[] place, int kept) {
        byte[] moved = new byte[kept];
        for (int o = 0; o < place.length; o++) {
            if (place[o] >= 0) {
                moved[place[o]] = column[o];
            }
        }
        return moved;
    }
}
