package fangrid.analysis.rfm;

import java.util.Arrays;

/**
 * Puts the values of chosen ranks in place, like R's {@code sort(x, partial = ranks)}: after
 * {@link #select}, {@code a[k]} holds the k-th smallest value for every requested k. Expected linear time,
 * which is what lets 2 M customers be cut into quantiles without a full sort.
 */
final class OrderStatistics {
    private static final int SMALL = 24;

    private OrderStatistics() {
    }

    /**
     * Partially orders {@code a[0, n)} so that each {@code ranks[j]} (0-based, ascending) holds its order statistic.
     * The values must not be NaN.
     */
    static void select(double[] a, int n, int[] ranks) {
        // 2·log2(n) rounds of bad pivots are allowed before the range is simply sorted (introselect).
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(n, 1)));
        select(a, 0, n, ranks, 0, ranks.length, budget);
    }

    private static void select(double[] a, int from, int to, int[] ranks, int rFrom, int rTo, int budget) {
        while (rFrom < rTo) {
            if (to - from <= SMALL || budget-- <= 0) {
                Arrays.sort(a, from, to);
                return;
            }
            double pivot = medianOfThree(a[from], a[(from + to) >>> 1], a[to - 1]);
            // Three-way partition: [from, lt) < pivot, [lt, gt) == pivot, [gt, to) > pivot. Ties (frequency is
            // mostly 1, 2, 3…) land in the middle block at once instead of degrading the selection.
            int lt = from;
            int gt = to;
            int i = from;
            while (i < gt) {
                double v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            int leftEnd = rFrom;
            while (leftEnd < rTo && ranks[leftEnd] < lt) {
                leftEnd++;
            }
            int rightStart = leftEnd;
            while (rightStart < rTo && ranks[rightStart] < gt) {
                rightStart++;
            }
            // Recurse into the side with fewer ranks, loop on the other.
            if (leftEnd - rFrom < rTo - rightStart) {
                select(a, from, lt, ranks, rFrom, leftEnd, budget);
                from = gt;
                rFrom = rightStart;
            } else {
                select(a, gt, to, ranks, rightStart, rTo, budget);
                to = lt;
                rTo = leftEnd;
            }
        }
    }

    private static double medianOfThree(double x, double y, double z) {
        return x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
    }
}
