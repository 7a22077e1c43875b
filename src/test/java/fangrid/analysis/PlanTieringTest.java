package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.PlanTierLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tiers by place among the buyers, and the hysteresis band against a previous plan, computed by hand. */
class PlanTieringTest {
    /** Three tiers: the top 20 %, the next 30 %, the rest. */
    private static final List<PlanTierLabel> TIERS = List.of(tier(0.2), tier(0.5), tier(1));
    /** Ten buyers predicted 10, 9, …, 1 (places 0.0, 0.1, …, 0.9) and one person who never bought. */
    private static final double[] EXPECTED = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, Double.NaN};

    private static PlanTierLabel tier(double share) {
        return new PlanTierLabel("ja", "en", "行動", "action", share);
    }

    private static int[] tiers(PlanPlacement p) {
        int[] out = new int[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.tier(i);
        }
        return out;
    }

    @Test
    void buyersAreRankedIntoSlicesByPlaceAndNonBuyersGetNoTier() {
        PlanPlacement p = PlanTiering.assign(EXPECTED, TIERS, null, 0.5);
        assertArrayEquals(new int[] {1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 0}, tiers(p));
        assertEquals(9, p.lowestExpected(1));
        assertEquals(6, p.lowestExpected(2));
        assertEquals(1, p.lowestExpected(3));
        assertEquals(2, p.members(1).size());
    }

    @Test
    void aCustomerLeavesTheirTierOnlyPastTheBandOfHalfTheNarrowerNeighbour() {
        // bands at margin 0.5: the 0.2 edge ± 0.1 (half of 0.2), the 0.5 edge ± 0.15 (half of 0.3)
        byte[] before = {2, 2, 1, 1, 3, 2, 0, 2, 0, 3, 0};
        PlanPlacement previous = new PlanPlacement(before, EXPECTED, TIERS, new double[] {9, 6, 1});
        PlanPlacement p = PlanTiering.assign(EXPECTED, TIERS, previous, 0.5);
        // 0: place 0.0 < 0.1 rises to 1; 1: place 0.1 stays 2; 2: 0.2 < 0.3 stays 1; 3: 0.3 leaves 1 for 2;
        // 4: 0.4 ≥ 0.35 stays 3; 5: 0.5 < 0.65 stays 2; 6: new, ranked 3; 7: 0.7 leaves 2 for 3; 8: new; 9: stays 3
        assertArrayEquals(new int[] {1, 2, 1, 2, 3, 2, 3, 3, 3, 3, 0}, tiers(p));
        PlanPlacement.Changes changes = p.changesFrom(previous);
        assertEquals(8, changes.carried());
        assertEquals(3, changes.changed());
    }

    @Test
    void withoutAMarginOrWithAnotherNumberOfTiersTheyAreRankedAfresh() {
        byte[] before = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0};
        PlanPlacement previous = new PlanPlacement(before, EXPECTED, TIERS, new double[] {9, 6, 1});
        assertArrayEquals(new int[] {1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 0},
                tiers(PlanTiering.assign(EXPECTED, TIERS, previous, 0)));
        List<PlanTierLabel> four = List.of(tier(0.1), tier(0.2), tier(0.5), tier(1));
        assertArrayEquals(new int[] {1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 0},
                tiers(PlanTiering.assign(EXPECTED, four, previous, 0.5)));
    }
}
