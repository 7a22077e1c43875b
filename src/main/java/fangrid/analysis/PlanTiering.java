package fangrid.analysis;

import fangrid.domain.PlanTierLabel;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks the predicted buyers into a plan's tiers: tier k takes the next slice of buyers by predicted period sales
 * ({@link PlanTierLabel#cumulativeShare()}). Against a previous tiering (the last period's plan), a customer keeps
 * their previous tier unless their prediction passes its boundary by the margin: to move up, the prediction must
 * reach the higher tier's boundary × (1 + margin); to move down, fall below the tier's own boundary ÷ (1 + margin).
 * Customers new to the plan take their tier as ranked.
 */
public final class PlanTiering {
    private PlanTiering() {
    }

    /**
     * @param expected predicted period sales by index, NaN for people not predicted (they get no tier)
     * @param previous the previous period's tiering with the same number of tiers, or null
     * @param margin   the hysteresis margin, 0.25 = 25 %; ignored without a previous tiering
     */
    public static PlanPlacement assign(double[] expected, List<PlanTierLabel> labels, PlanPlacement previous,
                                       double margin) {
        if (margin < 0) {
            throw new IllegalArgumentException("the margin must not be negative: " + margin);
        }
        double[] lowest = boundaries(expected, labels);
        boolean hysteresis = previous != null && previous.tierCount() == labels.size();
        byte[] tiers = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            double v = expected[i];
            if (Double.isNaN(v)) {
                continue;
            }
            int ranked = tierOf(v, lowest);
            int before = hysteresis ? previous.tier(i) : 0;
            if (before == 0) {
                tiers[i] = (byte) ranked;
            } else {
                int up = tierOf(v / (1 + margin), lowest);
                int down = tierOf(v * (1 + margin), lowest);
                tiers[i] = (byte) (up < before ? up : down > before ? down : before);
            }
        }
        return new PlanPlacement(tiers, expected, labels, lowest);
    }

    /** Tier k's boundary: the prediction of its last customer in rank order (ties rank together, upward). */
    private static double[] boundaries(double[] expected, List<PlanTierLabel> labels) {
        double[] ranked = Arrays.stream(expected).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(ranked);
        double[] lowest = new double[labels.size()];
        for (int k = 0; k < labels.size(); k++) {
            if (ranked.length == 0 || k == labels.size() - 1) {
                lowest[k] = ranked.length == 0 ? 0 : ranked[0];
                continue;
            }
            int inTierOrAbove = (int) Math.ceil(labels.get(k).cumulativeShare() * ranked.length);
            lowest[k] = ranked[Math.max(ranked.length - Math.max(inTierOrAbove, 1), 0)];
        }
        return lowest;
    }

    /** The highest tier (1-based) whose boundary {@code v} reaches. */
    private static int tierOf(double v, double[] lowest) {
        for (int k = 0; k < lowest.length; k++) {
            if (v >= lowest[k]) {
                return k + 1;
            }
        }
        return lowest.length;
    }
}
