package fangrid.analysis.rfm;

import java.util.Arrays;

/**
 * The bins of one RFM dimension, as R rfm's {@code threshold} table shows them: bin i (1-based) is
 * {@code [lower(i), upper(i))}, with {@code lower(1) = min} and {@code upper(last) = max + 1}.
 * Bin i gives score i, or {@code binCount + 1 - i} for recency (the most recent customers score highest).
 */
public final class RfmThresholds {
    private final double[] lower;
    private final double[] upper;
    private final boolean reversed;
    /** Whether the bins are in order (always, but for the user's own unsorted breakpoints). */
    private final boolean ordered;

    RfmThresholds(double[] breakpoints, double min, double max, boolean reversed) {
        int k = breakpoints.length + 1;
        this.lower = new double[k];
        this.upper = new double[k];
        lower[0] = min;
        System.arraycopy(breakpoints, 0, lower, 1, k - 1);
        System.arraycopy(breakpoints, 0, upper, 0, k - 1);
        upper[k - 1] = max + 1;
        this.reversed = reversed;
        boolean sorted = true;
        for (int i = 1; i < k - 1; i++) {
            sorted &= breakpoints[i - 1] <= breakpoints[i];
        }
        this.ordered = sorted;
    }

    /** The number of bins (= scores). */
    public int binCount() {
        return lower.length;
    }

    /** The inclusive lower bound of bin {@code bin} (1-based). */
    public double lower(int bin) {
        return lower[bin - 1];
    }

    /** The exclusive upper bound of bin {@code bin} (1-based). */
    public double upper(int bin) {
        return upper[bin - 1];
    }

    /** Whether bin 1 (the lowest values) gets the highest score, as for recency. */
    public boolean isReversed() {
        return reversed;
    }

    /** The score bin {@code bin} (1-based) gives. */
    public int scoreOfBin(int bin) {
        return reversed ? lower.length + 1 - bin : bin;
    }

    /**
     * The score of a value: the bin with {@code lower ≤ x < upper}, the last such bin when the user's breakpoints
     * overlap (R assigns bin by bin, later ones overwriting), or 0 (R's NA) when no bin holds it.
     */
    public byte score(double x) {
        int k = lower.length;
        if (ordered) {
            // In-order breakpoints: the only candidate is bin 1 + (breakpoints ≤ x), counted without branches.
            int bin = 1;
            for (int i = 1; i < k; i++) {
                bin += x >= lower[i] ? 1 : 0;
            }
            boolean inside = x >= lower[bin - 1] && x < upper[bin - 1];
            return inside ? (byte) (reversed ? k + 1 - bin : bin) : 0;
        }
        for (int i = k - 1; i >= 0; i--) {
            if (x >= lower[i] && x < upper[i]) {
                return (byte) (reversed ? k - i : i + 1);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return "lower " + Arrays.toString(lower) + ", upper " + Arrays.toString(upper) + (reversed ? ", reversed" : "");
    }
}
