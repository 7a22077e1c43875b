package fangrid.analysis.rfm;

import java.util.Arrays;

/**
 * R's {@code stats::quantile(x, probs)} with the default type 7, step for step as R 4.x computes it, so that
 * thresholds agree with R to the last bit (a customer exactly on a threshold must land in the same bin).
 */
public final class RQuantile {
    private RQuantile() {
    }

    /**
     * The inner cut points of R rfm's {@code bins()}: {@code seq(0, 1, length.out = bins + 1)} without its ends.
     * R builds that sequence as {@code i * (1 / bins)}, so the third quintile is 0.6000000000000001, not 0.6.
     */
    public static double[] innerProbs(int bins) {
        double by = 1.0 / bins;
        double[] probs = new double[bins - 1];
        for (int i = 1; i < bins; i++) {
            probs[i - 1] = i * by;
        }
        return probs;
    }

    /**
     * Type-7 quantiles of {@code a[0, n)} (n ≥ 1, no NaN); {@code a} is partially reordered.
     * R: {@code index = 1 + (n - 1) * p; lo = floor(index); hi = ceiling(index); qs = x[lo]};
     * where {@code index > lo && x[hi] != qs}: {@code qs = (1 - h) * qs + h * x[hi]} with {@code h = index - lo}.
     */
    public static double[] type7(double[] a, int n, double[] probs) {
        double[] index = new double[probs.length];
        int[] ranks = new int[2 * probs.length];
        for (int j = 0; j < probs.length; j++) {
            index[j] = 1 + (double) (n - 1) * probs[j];
            ranks[2 * j] = (int) Math.floor(index[j]) - 1;
            ranks[2 * j + 1] = (int) Math.ceil(index[j]) - 1;
        }
        OrderStatistics.select(a, n, sortedUnique(ranks));
        double[] qs = new double[probs.length];
        for (int j = 0; j < probs.length; j++) {
            double lo = Math.floor(index[j]);
            double low = a[(int) lo - 1];
            double high = a[(int) Math.ceil(index[j]) - 1];
            qs[j] = low;
            if (index[j] > lo && high != low) {
                double h = index[j] - lo;
                qs[j] = (1 - h) * low + h * high;
            }
        }
        return qs;
    }

    private static int[] sortedUnique(int[] ranks) {
        return Arrays.stream(ranks).sorted().distinct().toArray();
    }
}
