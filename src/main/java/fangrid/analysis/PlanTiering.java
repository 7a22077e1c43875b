package fangrid.analysis;

import fangrid.domain.PlanTierLabel;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks the predicted buyers into a plan's tiers: tier k takes the next slice of buyers by predicted period sales
 * ({@link PlanTierLabel#cumulativeShare()}), a customer's place being the share of buyers predicted above them.
 * Against a previous tiering (the last period's plan), a customer keeps their previous tier unless their place
 * passes one of its edges by the margin times the narrower of the two tiers that meet there; past it, they take the
 * tier they rank in. With tiers of 5 %, 15 %, 20 %, … and a margin of 0.5, a top customer drops only once more than
 * 7.5 % of the buyers rank above them, and a customer rises into the top only within the top 2.5 %. Every tier stays
 * reachable (the band is narrower than the tier). Customers new to the plan take their tier as ranked. Places, not
 * amounts, carry the margin: predictions of quiet customers shrink steadily, past any margin in amounts.
 */
public final class PlanTiering {
    private static final double ROUNDING = 1e-9;

    private PlanTiering() {
    }

    /**
     * @param expected predicted period sales by index, NaN for people not predicted (they get no tier)
     * @param previous the previous period's tiering with the same number of tiers, or null
     * @param margin   the hysteresis margin, 0 to below 1, in widths of the narrower tier at each edge; ignored
     *                 without a previous tiering
     */
    public static PlanPlacement assign(double[] expected, List<PlanTierLabel> labels, PlanPlacement previous,
                                       double margin) {
        if (margin < 0 || margin >= 1) {
            throw new IllegalArgumentException("the margin is a share of a tier's width, 0 to below 1: " + margin);
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
            if (before > 0 && staysIn(before, place, cut, margin)) {
                t = before;
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

    /** Whether {@code place} lies within tier {@code tier}'s edges widened by the margin. */
    private static boolean staysIn(int tier, double place, double[] cut, double margin) {
        int k = tier - 1;
        double lo = k == 0 ? 0 : cut[k - 1];
        double hi = cut[k];
        double upper = k == 0 ? Double.NEGATIVE_INFINITY : lo - margin * Math.min(width(cut, k - 1), width(cut, k));
        double lower = k == cut.length - 1 ? Double.POSITIVE_INFINITY
                : hi + margin * Math.min(width(cut, k), width(cut, k + 1));
        // places are shares of whole counts: a place on a limit must not fall either side by rounding
        return place >= upper - ROUNDING && place < lower - ROUNDING;
    }

    private static double width(double[] cut, int k) {
        return cut[k] - (k == 0 ? 0 : cut[k - 1]);
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
