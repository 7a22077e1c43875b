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

    RfmThresholds(double[] breakpoints, double min, double max, boolean reversed) {
        int k = breakpoints.length + 1;
        this.lower = new double[k];
        this.upper = new double[k];
        lower[0] = min;
        System.arraycopy(breakpoints, 0, lower, 1, k - 1);
        System.arraycopy(breakpoints, 0, upper, 0, k - 1);
        upper[k - 1] = max + 1;
        this.reversed = reversed;
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
        for (int i = lower.length - 1; i >= 0; i--) {
            if (x >= lower[i] && x < upper[i]) {
                return (byte) (reversed ? lower.length - i : i + 1);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return "lower " + Arrays.toString(lower) + ", upper " + Arrays.toString(upper) + (reversed ? ", reversed" : "");
    }
}
