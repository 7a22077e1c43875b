package fangrid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A plan tier is written and read back as a group like any other, alone and inside a filter. */
class PlanTierGroupTest {
    @Test
    void aTierAndItsNotYetBoughtListRoundTripThroughTheirIds() {
        CustomerGroup tier = new CustomerGroup.PlanTier(LocalDate.of(2024, 6, 1), 2, false);
        CustomerGroup waiting = new CustomerGroup.PlanTier(LocalDate.of(2024, 6, 1), 2, true);
        assertEquals("plan:2024-06-01:T2", tier.id());
        assertEquals("plan:2024-06-01:T2:waiting", waiting.id());
        assertEquals(tier, CustomerGroup.parse(tier.id()));
        assertEquals(waiting, CustomerGroup.parse(waiting.id()));
        CustomerFilter f = CustomerFilter.parse("plan:2024-06-01:T2:waiting&R1F1+R1F2");
        assertEquals(waiting, f.terms().get(0).get(0));
        assertEquals(f, CustomerFilter.parse(f.format()));
    }

    @Test
    void aMalformedPlanGroupIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CustomerGroup.parse("plan:2024-02-30:T2"));
        assertThrows(IllegalArgumentException.class, () -> CustomerGroup.parse("plan:2024-06-01:T0"));
    }
}
