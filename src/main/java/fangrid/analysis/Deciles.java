package fangrid.analysis;

import it.unimi.dsi.fastutil.doubles.DoubleArrays;

/** デシル分析: buyers ranked by net sales, D1 = the top 10 % … D10; ties keep key order. */
final class Deciles {
    private Deciles() {
    }

    /** Each index's decile 1–10, or 0 for people who did not buy. */
    static byte[] assign(CustomerColumns c) {
        int n = 0;
        for (int i = 0; i < c.size; i++) {
            n += c.inBase[i] && c.frequency[i] > 0 ? 1 : 0;
        }
        int[] order = new int[n];
        for (int i = 0, k = 0; i < c.size; i++) {
            if (c.inBase[i] && c.frequency[i] > 0) {
                order[k++] = i;
            }
        }
        byte[] decile = new byte[c.size];
        descendingKeepingKeyOrder(order, c.monetary);
        for (int rank = 0; rank < n; rank++) {
            decile[order[rank]] = (byte) (1 + (long) rank * 10 / n);
        }
        return decile;
    }

    /**
     * Orders the ascending indices {@code order} by {@code m} from the highest ({@link Double#compare}'s order),
     * equal values in index order. A stable radix sort, ascending, then reversed run by run of equal values: a merge
     * sort with a comparator took 0.4 s of the 2 M-customer opening (C1), this 0.1 s.
     */
    static void descendingKeepingKeyOrder(int[] order, double[] m) {
        DoubleArrays.radixSortIndirect(order, m, true);
        reverse(order, 0, order.length);
        for (int from = 0; from < order.length; ) {
            int to = from + 1;
            while (to < order.length && Double.compare(m[order[to]], m[order[from]]) == 0) {
                to++;
            }
            reverse(order, from, to);
            from = to;
        }
    }

    private static void reverse(int[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
