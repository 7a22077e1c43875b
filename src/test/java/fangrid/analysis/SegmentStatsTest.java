package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.Activity;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.BitmapBackedSelection;

/** Segment detail's figures on {@link SegmentFixture}, computed by hand. */
class SegmentStatsTest {
    @TempDir
    static Path dir;
    static Analysis a;

    @BeforeAll
    static void analyze() throws Exception {
        a = SegmentFixture.analyze(dir);
        assertEquals(LocalDate.of(2024, 6, 30), a.asOf());
    }

    @Test
    void everyone() {
        SegmentStats s = a.stats(null);
        assertEquals(5, s.customers());
        assertEquals(1.0, s.shareOfBase());
        assertEquals(4, s.buyers());
        assertEquals(1, s.nonBuyers());
        assertEquals(4600, s.netSales(), 1e-9);
        assertEquals(1.0, s.shareOfSales());
        assertEquals(4600 / 8.0, s.averageOrderValue(), 1e-9);
        assertEquals(8 / 4.0, s.averageFrequency(), 1e-9);
        assertEquals((150 + 10 + 1 + 107) / 4.0, s.averageRecencyDays(), 1e-9);
        assertEquals(500 / 5100.0, s.returnRate(), 1e-12);
        assertEquals(1, s.functionalPhase(), "ab9, 10 days after the first purchase");
        assertEquals(3, s.brandPhase());
        assertEquals(2, s.activityCustomers(Activity.STOP_AT_RISK));
        assertEquals(Activity.STOP_AT_RISK, s.recommendedActivity());
        assertSame(s, a.stats(null), "everyone's figures are computed once");
    }

    @Test
    void aGroupOfBuyers() {
        SegmentStats s = a.stats(SegmentFixture.select(a, "AB10", "ab9", "ｶﾅ1"));
        assertEquals(3, s.customers());
        assertEquals(0.6, s.shareOfBase(), 1e-12);
        assertEquals(3000, s.netSales(), 1e-9);
        assertEquals(3000 / 4600.0, s.shareOfSales(), 1e-12);
        assertEquals(750, s.averageOrderValue(), 1e-9, "3000 over 2 + 1 + 1 occasions");
        assertEquals(4 / 3.0, s.averageFrequency(), 1e-12);
        assertEquals(89, s.averageRecencyDays(), 1e-12, "(150 + 10 + 107) / 3");
        assertEquals(500 / 3500.0, s.returnRate(), 1e-12);
        assertEquals(1, s.activityCustomers(Activity.GROW_NEW_CUSTOMERS));
        assertEquals(2, s.activityCustomers(Activity.STOP_AT_RISK));
        assertEquals(Activity.STOP_AT_RISK, s.recommendedActivity());
        assertEquals(1, s.functionalPhase());
        assertEquals(2, s.brandPhase());
    }

    @Test
    void prospectsHaveNoAveragesAndActivityOne() {
        SegmentStats s = a.stats(SegmentFixture.select(a, "P1"));
        assertEquals(1, s.customers());
        assertEquals(0, s.buyers());
        assertTrue(Double.isNaN(s.averageOrderValue()));
        assertTrue(Double.isNaN(s.averageFrequency()));
        assertTrue(Double.isNaN(s.averageRecencyDays()));
        assertEquals(0, s.returnRate());
        assertEquals(0, s.functionalPhase() + s.brandPhase());
        assertEquals(Activity.CONVERT_PROSPECTS, s.recommendedActivity());
    }

    @Test
    void ties() {
        assertEquals(Activity.GROW_NEW_CUSTOMERS, a.stats(SegmentFixture.select(a, "ab9", "C-3")).recommendedActivity(),
                "one each of activities 2 and 4: the lower number");
        SegmentStats none = a.stats(new BitmapBackedSelection());
        assertEquals(0, none.customers());
        assertNull(none.recommendedActivity());
    }
}
