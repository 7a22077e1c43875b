package fangrid.analysis;

import it.unimi.dsi.fastutil.ints.IntArrays;

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
        double[] m = c.monetary;
        IntArrays.stableSort(order, (a, b) -> Double.compare(m[b], m[a]));
        byte[] decile = new byte[c.size];
        for (int rank = 0; rank < n; rank++) {
            decile[order[rank]] = (byte) (1 + (long) rank * 10 / n);
        }
        return decile;
    }
}
