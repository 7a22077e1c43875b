package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        return ids(a, rows);
    }

    private static String[] ids(Analysis analysis, CustomerRows rows) {
        return Arrays.stream(rows.indices()).mapToObj(analysis::customerId).toArray(String[]::new);
    }

    @Test
    void aSelectionInKeyOrder() {
        assertArrayEquals(new String[] {"AB10", "ab9", "C-3", "ｶﾅ1", "P1"}, ids(everyone));
        assertArrayEquals(new String[] {"ab9", "P1"}, ids(CustomerRows.of(a.customers(), SegmentFixture.select(a, "P1", "ab9"))));
    }

    @Test
    void sortsWithMissingValuesLastAndTiesInKeyOrder() {
        assertArrayEquals(new String[] {"C-3", "ab9", "ｶﾅ1", "AB10", "P1"}, ids(everyone.sortedBy(CustomerField.RECENCY, true)));
        assertArrayEquals(new String[] {"AB10", "ｶﾅ1", "ab9", "C-3", "P1"}, ids(everyone.sortedBy(CustomerField.RECENCY, false)));
        assertArrayEquals(new String[] {"P1", "ab9", "ｶﾅ1", "AB10", "C-3"}, ids(everyone.sortedBy(CustomerField.FREQUENCY, true)));
        assertArrayEquals(new String[] {"C-3", "AB10", "ab9", "ｶﾅ1", "P1"}, ids(everyone.sortedBy(CustomerField.FREQUENCY, false)));
        assertArrayEquals(new String[] {"AB10", "C-3", "ab9", "ｶﾅ1", "P1"}, ids(everyone.sortedBy(CustomerField.MONETARY, false)));
        assertArrayEquals(new String[] {"P1", "ｶﾅ1", "ab9", "C-3", "AB10"}, ids(everyone.sortedBy(CustomerField.MONETARY, true)));
        assertArrayEquals(new String[] {"AB10", "ab9", "C-3", "ｶﾅ1", "P1"}, ids(everyone.sortedBy(CustomerField.RETURN_RATE, false)));
        assertArrayEquals(new String[] {"ab9", "C-3", "ｶﾅ1", "P1", "AB10"}, ids(everyone.sortedBy(CustomerField.RETURN_RATE, true)));
        // grid cells by index: R1F1 (ab9), R1F3 (C-3), R2F1 (ｶﾅ1), R2F2 (AB10)
        assertArrayEquals(new String[] {"ab9", "C-3", "ｶﾅ1", "AB10", "P1"}, ids(everyone.sortedBy(CustomerField.GRID_CELL, true)));
        assertArrayEquals(new String[] {"ab9", "ｶﾅ1", "C-3", "AB10", "P1"},
                ids(everyone.sortedBy(CustomerField.DAYS_SINCE_FIRST_PURCHASE, true)));
        assertArrayEquals(new String[] {"AB10", "C-3", "ab9", "ｶﾅ1", "P1"}, ids(everyone.sortedBy(CustomerField.DECILE, true)),
                "deciles by net sales; P1 has none");
        assertEquals("P1", ids(everyone.sortedBy(CustomerField.FAVORABILITY, false))[0], "the only answer");
    }

    @Test
    void sortsIdsNaturally() {
        assertArrayEquals(new String[] {"AB10", "C-3", "P1", "ab9", "ｶﾅ1"}, ids(everyone.sortedBy(CustomerField.CUSTOMER_ID, true)));
        assertArrayEquals(new String[] {"ｶﾅ1", "ab9", "P1", "C-3", "AB10"}, ids(everyone.sortedBy(CustomerField.CUSTOMER_ID, false)));
    }

    @Test
    void searchesIgnoringCaseAndWidthKeepingTheOrder() {
        CustomerRows byMoney = everyone.sortedBy(CustomerField.MONETARY, true);
        assertArrayEquals(new String[] {"ab9", "AB10"}, ids(byMoney.matching("ＡＢ")));
        assertArrayEquals(new String[] {"AB10"}, ids(everyone.matching("b1")));
        assertArrayEquals(new String[] {"ｶﾅ1"}, ids(everyone.matching("カナ")), "half-width kana, shown as imported");
        assertArrayEquals(new String[] {"ｶﾅ1"}, ids(everyone.matching("ｶﾅ")));
        assertArrayEquals(new String[] {"C-3"}, ids(everyone.matching(" c－３ ")), "full-width minus and digit");
        assertEquals(5, everyone.matching("  ").size());
        assertEquals(0, everyone.matching("zz").size());
    }

    @Test
    void sortsNegativeNetSales(@TempDir Path own) throws Exception {
        String orders = "order,customer,date,amount\nC1,X,2024-01-01,-300\ny,Y,2024-01-01,100\nz,Z,2024-01-01,0\nC2,W,2024-01-01,-50\n";
        try (Project p = Project.create(own.resolve("p"))) {
            new ImportService().importFile(p, Files.writeString(own.resolve("o.csv"), orders, StandardCharsets.UTF_8),
                    DataKind.TRANSACTIONS);
            Analysis b = new AnalysisService().analyze(p);
            CustomerRows rows = CustomerRows.of(b.customers(), null);
            assertArrayEquals(new String[] {"X", "W", "Z", "Y"}, ids(b, rows.sortedBy(CustomerField.MONETARY, true)));
            assertArrayEquals(new String[] {"Y", "Z", "W", "X"}, ids(b, rows.sortedBy(CustomerField.MONETARY, false)));
        }
    }

    @Test
    void naturalOrder() {
        String[] ids = {"C10", "C9", "C009", "A", "", "C9a", "10", "9"};
        Arrays.sort(ids, NaturalOrder.INSTANCE);
        assertArrayEquals(new String[] {"", "9", "10", "A", "C9", "C9a", "C009", "C10"}, ids);
    }
}
