package fangrid.analysis;

import fangrid.domain.PlanTierLabel;
import java.util.List;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Every customer's plan tier and predicted period sales, by index (customer key − 1): a plan's fixed tiering, or
 * tiers computed as of a date. Tier 1 is the top; 0 means no tier (not a buyer at the start).
 */
public final class PlanPlacement {
    private final byte[] tiers;
    private final double[] expected;
    private final List<PlanTierLabel> labels;
    private final double[] lowestExpected;

    /**
     * @param tiers          tier by index, 0 for none
     * @param expected       predicted period sales by index, NaN where not predicted
     * @param lowestExpected the boundary of each tier, top first: the lowest prediction that ranked into it
     */
    public PlanPlacement(byte[] tiers, double[] expected, List<PlanTierLabel> labels, double[] lowestExpected) {
        this.tiers = tiers;
        this.expected = expected;
        this.labels = List.copyOf(labels);
        this.lowestExpected = lowestExpected.clone();
    }

    /** The number of indices covered; indices past it (people who came later) have no tier. */
    public int size() {
        return tiers.length;
    }

    /** The tier of index {@code i}, 1 = top, or 0 for none. */
    public int tier(int i) {
        return i < tiers.length ? tiers[i] : 0;
    }

    /** The predicted period sales of index {@code i}, NaN where not predicted. */
    public double expectedSales(int i) {
        return i < expected.length ? expected[i] : Double.NaN;
    }

    public int tierCount() {
        return labels.size();
    }

    /** The tiers' names and actions, top first. */
    public List<PlanTierLabel> labels() {
        return labels;
    }

    /** The lowest prediction in tier {@code tier} (1-based) at the start. */
    public double lowestExpected(int tier) {
        return lowestExpected[tier - 1];
    }

    /** The customers of tier {@code tier}. */
    public Selection members(int tier) {
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < tiers.length; i++) {
            if (tiers[i] == tier) {
                s.add(i);
            }
        }
        return s;
    }

    /** How many customers hold a tier here and in {@code previous}, and how many of them changed tier. */
    public Changes changesFrom(PlanPlacement previous) {
        int carried = 0;
        int changed = 0;
        for (int i = 0; i < tiers.length; i++) {
            int p = previous.tier(i);
            if (tiers[i] > 0 && p > 0) {
                carried++;
                if (p != tiers[i]) {
                    changed++;
                }
            }
        }
        return new Changes(carried, changed);
    }

    /** Customers in two tierings, and those of them whose tier differs. */
    public record Changes(int carried, int changed) {
        /** The changed share of the carried customers, 0 when none were carried. */
        public double share() {
            return carried == 0 ? 0 : (double) changed / carried;
        }
    }

    byte[] tiers() {
        return tiers;
    }

    double[] expected() {
        return expected;
    }
}
