package fangrid.analysis;

import fangrid.domain.PlanTierLabel;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks the predicted buyers into a plan's tiers: tier k takes the next slice of buyers by predicted period sales
 * ({@link PlanTierLabel#cumulativeShare()}), a customer's place being the share of buyers predicted above them.
 * Against a previous tiering (the last period's plan), a customer keeps their previous tier unless their place
 * passes its boundary by the margin, in shares of the buyers: with a margin of 0.10, a customer of the top 20 % tier
 * drops only once more than 30 % of the buyers are predicted above them, and one below rises into it only once
 * fewer than 10 % are. Customers new to the plan take their tier as ranked. Places, not amounts, carry the margin:
 * predictions of quiet customers shrink steadily, which would carry them past any margin in amounts.
 */
public final class PlanTiering {
    private PlanTiering() {
    }

    /**
     * @param expected predicted period sales by index, NaN for people not predicted (they get no tier)
     * @param previous the previous period's tiering with the same number of tiers, or null
     * @param margin   the hysteresis margin in shares of the buyers, 0.10 = 10 points; ignored without a previous
     *                 tiering
     */
    public static PlanPlacement assign(double[] expected, List<PlanTierLabel> labels, PlanPlacement previous,
                                       double margin) {
        if (margin < 0 || margin >= 1) {
            throw new IllegalArgumentException("the margin is a share of the buyers, 0 to below 1: " + margin);
        }
        double[] ranked = Arrays.stream(expected).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(ranked);
        int n = ranked.length;
        double[] cut = new double[labels.size()];
        for (int k = 0; k < cut.length; k++) {
            cut[k] = labels.get(k).cumulativeShare();
        }
        boolean hysteresis = previous != null && previous.tierCount() == labels.size();
        byte[] tiers = new byte[expected.length];
        double[] lowest = new double[labels.size()];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        for (int i = 0; i < expected.length; i++) {
            double v = expected[i];
            if (Double.isNaN(v)) {
                continue;
            }
            // the share of buyers predicted strictly above v
            double place = (double) (n - upperBound(ranked, v)) / n;
            int ranked1 = tierOf(place, cut);
            int before = hysteresis ? previous.tier(i) : 0;
            int t = ranked1;
            if (before > 0) {
                int up = tierOf(place + margin, cut);
                int down = tierOf(Math.max(place - margin, 0), cut);
                t = up < before ? up : down > before ? down : before;
            }
            tiers[i] = (byte) t;
            lowest[ranked1 - 1] = Math.min(lowest[ranked1 - 1], v);
        }
        for (int k = 0; k < lowest.length; k++) {
            if (Double.isInfinite(lowest[k])) {
                lowest[k] = k == 0 || n == 0 ? (n == 0 ? 0 : ranked[n - 1]) : lowest[k - 1];
            }
        }
        return new PlanPlacement(tiers, expected, labels, lowest);
    }

    /** The index of the first value above {@code v} in ascending {@code sorted}. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tier (1-based) of a place: the first whose cumulative share lies beyond it. */
    private static int tierOf(double place, double[] cut) {
        for (int k = 0; k < cut.length; k++) {
            if (place < cut[k]) {
                return k + 1;
            }
        }
        return cut.length;
    }
}
