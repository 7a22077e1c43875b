package fangrid.analysis.rfm;

import java.util.Arrays;
import java.util.Objects;

/**
 * R package {@code rfm} 0.3.0's {@code rfm_table_order} scoring over primitive columns: each dimension is cut
 * into bins at R type-7 quantiles + 1 (or the user's breakpoints), bins are half-open {@code [lower, upper)},
 * recency scores are reversed. Quantiles are taken over the included customers only.
 */
public final class RfmScorer {
    private final RfmBinning recency;
    private final RfmBinning frequency;
    private final RfmBinning monetary;

    /** A scorer with its own binning per dimension. */
    public RfmScorer(RfmBinning recency, RfmBinning frequency, RfmBinning monetary) {
        this.recency = Objects.requireNonNull(recency);
        this.frequency = Objects.requireNonNull(frequency);
        this.monetary = Objects.requireNonNull(monetary);
    }

    /** R rfm's default: quintiles for R, F and M. */
    public static RfmScorer quintiles() {
        return new RfmScorer(RfmBinning.quintiles(), RfmBinning.quintiles(), RfmBinning.quintiles());
    }

    /**
     * Scores the customers with {@code include[i]} (all when {@code include} is null); the others get 0.
     *
     * @param recencyDays days from the last purchase to the analysis date
     * @param frequency   purchases (R rfm: transaction rows)
     * @param monetary    amount (must not be NaN where included)
     * @throws IllegalArgumentException on arrays of different lengths or a NaN amount
     */
    public RfmScores score(int[] recencyDays, int[] frequency, double[] monetary, boolean[] include) {
        int n = recencyDays.length;
        if (frequency.length != n || monetary.length != n || include != null && include.length != n) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        int[] rows = includedRows(n, include);
        double[] scratch = new double[rows.length];
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        byte[] m = new byte[n];

        for (int j = 0; j < rows.length; j++) {
            scratch[j] = recencyDays[rows[j]];
        }
        RfmThresholds rt = thresholds(this.recency, scratch, true);
        for (int i : rows) {
            r[i] = rt.score(recencyDays[i]);
        }

        for (int j = 0; j < rows.length; j++) {
            scratch[j] = frequency[rows[j]];
        }
        RfmThresholds ft = thresholds(this.frequency, scratch, false);
        for (int i : rows) {
            f[i] = ft.score(frequency[i]);
        }

        for (int j = 0; j < rows.length; j++) {
            double v = monetary[rows[j]];
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("monetary is NaN at index " + rows[j]);
            }
            scratch[j] = v;
        }
        RfmThresholds mt = thresholds(this.monetary, scratch, false);
        for (int i : rows) {
            m[i] = mt.score(monetary[i]);
        }
        return new RfmScores(include == null ? null : include.clone(), r, f, m, rt, ft, mt);
    }

    /** Scores every customer. */
    public RfmScores score(int[] recencyDays, int[] frequency, double[] monetary) {
        return score(recencyDays, frequency, monetary, null);
    }

    private static int[] includedRows(int n, boolean[] include) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += include == null || include[i] ? 1 : 0;
        }
        int[] rows = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (include == null || include[i]) {
                rows[j++] = i;
            }
        }
        return rows;
    }

    /** The bins of the values in {@code scratch} (reordered); NaN bounds, so no scores, when it is empty. */
    private static RfmThresholds thresholds(RfmBinning binning, double[] scratch, boolean reversed) {
        int n = scratch.length;
        double min = Double.NaN;
        double max = Double.NaN;
        if (n > 0) {
            min = scratch[0];
            max = scratch[0];
            for (double v : scratch) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] breaks;
        if (n > 0 || binning.isCustom()) {
            breaks = binning.breakpoints(scratch, n);
        } else {
            breaks = new double[binning.binCount() - 1];
            Arrays.fill(breaks, Double.NaN);
        }
        return new RfmThresholds(breaks, min, max, reversed);
    }
}
