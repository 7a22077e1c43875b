package fangrid.analysis.rfm;

import java.util.Arrays;

/**
 * How one RFM dimension is cut into scores, as R rfm's {@code recency_bins} / {@code frequency_bins} /
 * {@code monetary_bins} argument: a number of quantile bins ({@code 5}), or the user's own breakpoints
 * ({@code c(115, 181, 297, 482)}, giving one bin more than breakpoints).
 */
public final class RfmBinning {
    /** At most 9 scores, so that {@code R·100 + F·10 + M} stays a three-digit code (R does not check this). */
    public static final int MAX_BINS = 9;

    private final int bins;
    private final double[] breaks;

    private RfmBinning(int bins, double[] breaks) {
        this.bins = bins;
        this.breaks = breaks;
    }

    /** {@code bins} score levels cut at R type-7 quantiles plus 1 (R rfm's default, with 5). */
    public static RfmBinning quantiles(int bins) {
        if (bins < 1 || bins > MAX_BINS) {
            throw new IllegalArgumentException("bins must be 1–" + MAX_BINS + ": " + bins);
        }
        return new RfmBinning(bins, null);
    }

    /** R rfm's default: quintiles. */
    public static RfmBinning quintiles() {
        return quantiles(5);
    }

    /**
     * The user's own breakpoints, used as given (no {@code +1}): bin i is {@code [breaks[i-1], breaks[i])}, the first
     * starting at the minimum and the last ending at the maximum + 1. R does not sort them either: with unsorted
     * breakpoints some bins are empty and the later bin wins an overlap.
     */
    public static RfmBinning breaks(double... breaks) {
        if (breaks.length == 0 || breaks.length >= MAX_BINS) {
            throw new IllegalArgumentException("1–" + (MAX_BINS - 1) + " breakpoints expected: " + breaks.length);
        }
        for (double b : breaks) {
            if (Double.isNaN(b)) {
                throw new IllegalArgumentException("NaN breakpoint: " + Arrays.toString(breaks));
            }
        }
        return new RfmBinning(breaks.length + 1, breaks.clone());
    }

    /** The number of scores this binning gives (1 … {@link #MAX_BINS}). */
    public int binCount() {
        return bins;
    }

    /** Whether the breakpoints are the user's own rather than quantiles of the data. */
    public boolean isCustom() {
        return breaks != null;
    }

    /** The breakpoints of this binning for values {@code a[0, n)} (which may be reordered), before min and max. */
    double[] breakpoints(double[] a, int n) {
        if (breaks != null) {
            return breaks.clone();
        }
        double[] q = RQuantile.type7(a, n, RQuantile.innerProbs(bins));
        for (int i = 0; i < q.length; i++) {
            q[i] += 1;
        }
        return q;
    }

    @Override
    public String toString() {
        return breaks == null ? bins + " quantile bins" : "breaks " + Arrays.toString(breaks);
    }
}
