package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorting and searching segment detail's rows on {@link SegmentFixture}. */
class CustomerRowsTest {
    @TempDir
    static Path dir;
    static Analysis a;
    static CustomerRows everyone;

    @BeforeAll
    static void analyze() throws Exception {
        a = SegmentFixture.analyze(dir);
        everyone = CustomerRows.of(a.customers(), null);
    }

    private static String[] ids(CustomerRows rows) {
        return Arrays.stream(rows.indices()).mapToObj(a::customerId).toArray(String[]::new);
    }

    @Test
    void aSelectionInKeyOrder() {
        assertArrayEquals(new String[] {"AB10", "ab9", "C-3", "カナ1", "P1"}, ids(everyone));
        assertArrayEquals(new String[] {"ab9", "P1"}, ids(CustomerRows.of(a.customers(), SegmentFixture.select(a, "P1", "ab9"))));
    }

    @Test
    void sortsWithMissingValuesLastAndTiesInKeyOrder() {
        assertArrayEquals(new String[] {"C-3", "ab9", "カナ1", "AB10", "P1"}, ids(everyone.sortedBy(CustomerField.RECENCY, true)));
        assertArrayEquals(new String[] {"AB10", "カナ1", "ab9", "C-3", "P1"}, ids(everyone.sortedBy(CustomerField.RECENCY, false)));
        assertArrayEquals(new String[] {"P1", "ab9", "カナ1", "AB10", "C-3"}, ids(everyone.sortedBy(CustomerField.FREQUENCY, true)));
        assertArrayEquals(new String[] {"C-3", "AB10", "ab9", "カナ1", "P1"}, ids(everyone.sortedBy(CustomerField.FREQUENCY, false)));
        assertArrayEquals(new String[] {"AB10", "C-3", "ab9", "カナ1", "P1"}, ids(everyone.sortedBy(CustomerField.MONETARY, false)));
        assertArrayEquals(new String[] {"P1", "カナ1", "ab9", "C-3", "AB10"}, ids(everyone.sortedBy(CustomerField.MONETARY, true)));
        assertArrayEquals(new String[] {"AB10", "ab9", "C-3", "カナ1", "P1"}, ids(everyone.sortedBy(CustomerField.RETURN_RATE, false)));
        assertArrayEquals(new String[] {"ab9", "C-3", "カナ1", "P1", "AB10"}, ids(everyone.sortedBy(CustomerField.RETURN_RATE, true)));
        // grid cells by index: R1F1 (ab9), R1F3 (C-3), R2F1 (カナ1), R2F2 (AB10)
        assertArrayEquals(new String[] {"ab9", "C-3", "カナ1", "AB10", "P1"}, ids(everyone.sortedBy(CustomerField.GRID_CELL, true)));
        assertArrayEquals(new String[] {"ab9", "カナ1", "C-3", "AB10", "P1"},
                ids(everyone.sortedBy(CustomerField.DAYS_SINCE_FIRST_PURCHASE, true)));
        assertArrayEquals(new String[] {"AB10", "C-3", "ab9", "カナ1", "P1"}, ids(everyone.sortedBy(CustomerField.DECILE, true)),
                "deciles by net sales; P1 has none");
        assertEquals("P1", ids(everyone.sortedBy(CustomerField.FAVORABILITY, false))[0], "the only answer");
    }

    @Test
    void sortsIdsNaturally() {
        assertArrayEquals(new String[] {"AB10", "C-3", "P1", "ab9", "カナ1"}, ids(everyone.sortedBy(CustomerField.CUSTOMER_ID, true)));
        assertArrayEquals(new String[] {"カナ1", "ab9", "P1", "C-3", "AB10"}, ids(everyone.sortedBy(CustomerField.CUSTOMER_ID, false)));
    }

    @Test
    void searchesIgnoringCaseAndWidthKeepingTheOrder() {
        CustomerRows byMoney = everyone.sortedBy(CustomerField.MONETARY, true);
        assertArrayEquals(new String[] {"ab9", "AB10"}, ids(byMoney.matching("ＡＢ")));
        assertArrayEquals(new String[] {"AB10"}, ids(everyone.matching("b1")));
        assertArrayEquals(new String[] {"カナ1"}, ids(everyone.matching("ｶﾅ")), "half-width kana");
        assertArrayEquals(new String[] {"C-3"}, ids(everyone.matching(" c－３ ")), "full-width minus and digit");
        assertEquals(5, everyone.matching("  ").size());
        assertEquals(0, everyone.matching("zz").size());
    }

    @Test
    void naturalOrder() {
        String[] ids = {"C10", "C9", "C009", "A", "", "C9a", "10", "9"};
        Arrays.sort(ids, NaturalOrder.INSTANCE);
        assertArrayEquals(new String[] {"", "9", "10", "A", "C9", "C9a", "C009", "C10"}, ids);
    }
}
