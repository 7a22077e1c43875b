package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.CpmCell;
import fangrid.domain.CpmRules;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.RankDownRule;
import fangrid.domain.Regularity;
import fangrid.store.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/**
 * Rank-down risk and CPM cells of hand-built customers, analysed on 2024-07-01 (recency = days from the last purchase
 * to that date):
 * <pre>
 * id      purchases (days before 07-01)   median  recency  at risk (1.5×)  this week  overdue  CPM
 * edge    25, 15                          10      15       no (= 15)       yes        5        budding-active
 * over    26, 16                          10      16       yes             no         6        budding-active
 * calm    18, 8                           10      8        no              no         -2       budding-active
 * soon    19, 9                           10      9        no              yes        -1       budding-active
 * half    37, 27, 16                      10.5    16       yes (> 15.75)   no         5        budding-active
 * once    239                             –       239      no              no         –        first-active
 * gone    240                             –       240      no              no         –        first-lapsed
 * steady  100, 10  (¥80,000 − ¥10,000)    90      10       no              no         -80      steady-active
 * trendy  219, 10  (¥70,001)              209     10       no              no         -199     trendy-active
 * loyal   220, 10  (¥70,001)              210     10       no              no         -200     loyal-active
 * lapsed  700, 490, 240 (¥90,000)         230     240      no (≤ 345)      no         10       loyal-lapsed
 * </pre>
 */
class RankDownAndCpmTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);

    @TempDir
    Path dir;
    private Project project;

    @BeforeEach
    void customers() throws Exception {
        StringBuilder csv = new StringBuilder("order,customer,date,amount,kind\n");
        order(csv, "edge", 25, 100).order(csv, "edge", 15, 100);
        order(csv, "over", 26, 100).order(csv, "over", 16, 300);
        order(csv, "calm", 18, 100).order(csv, "calm", 8, 100);
        order(csv, "soon", 19, 100).order(csv, "soon", 9, 100);
        order(csv, "half", 37, 100).order(csv, "half", 27, 100).order(csv, "half", 16, 100);
        order(csv, "once", 239, 100);
        order(csv, "gone", 240, 100);
        order(csv, "steady", 100, 40_000).order(csv, "steady", 10, 40_000);
        csv.append("steady-r,steady,").append(AS_OF.minusDays(5)).append(",-10000,返品\n");
        order(csv, "trendy", 219, 35_000).order(csv, "trendy", 10, 35_001);
        order(csv, "loyal", 220, 35_000).order(csv, "loyal", 10, 35_001);
        order(csv, "lapsed", 700, 30_000).order(csv, "lapsed", 490, 30_000).order(csv, "lapsed", 240, 30_000);
        project = SegmentFixture.project(dir, "p", csv.toString(), "会員番号,好感度\nnobody,好き\n");
    }

    private int orders;

    private RankDownAndCpmTest order(StringBuilder csv, String customer, int daysBefore, double amount) {
        csv.append("o").append(++orders).append(',').append(customer).append(',').append(AS_OF.minusDays(daysBefore))
                .append(',').append(amount).append(",\n");
        return this;
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private Analysis analyze(AnalysisSettings s) throws Exception {
        return new AnalysisService().analyze(project, s.withAsOf(AS_OF));
    }

    @Test
    void atRiskIsOverKTimesTheOwnMedianIntervalNotOnIt() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        CustomerTable t = a.customers();
        assertEquals(List.of("over", "half"), ids(a, t::atRisk));
        assertEquals(List.of("edge", "soon"), ids(a, t::crossingThisWeek));
        assertEquals(10.5, t.medianIntervalDays(i(a, "half")));
        assertEquals(5, t.daysOverdue(i(a, "half")), "16 days against a median of 10.5, rounded up to 11");
        assertEquals(6, t.daysOverdue(i(a, "over")));
        assertEquals(-2, t.daysOverdue(i(a, "calm")));
        assertEquals(LocalDate.of(2024, 6, 25), t.nextPurchaseDue(i(a, "over")), "last purchase 06-15 + 10 days");
        assertEquals(CustomerTable.NOT_COMPUTABLE, t.daysOverdue(i(a, "once")));
        assertNull(t.nextPurchaseDue(i(a, "once")));
        double[] plan = new IntervalForecast().expectedSales(a, 184);
        assertEquals(plan[i(a, "over")], t.valueAtRisk(i(a, "over")), "a six-month plan's prediction: 07-01 to 01-01");
        assertTrue(plan[i(a, "over")] > 0);
        assertTrue(Double.isNaN(t.valueAtRisk(i(a, "once"))), "a one-time buyer has no rank to lose");
        PortfolioSummary p = a.summary().portfolio();
        assertEquals(2, p.atRisk());
        assertEquals(2, p.atRiskThisWeek());
    }

    @Test
    void regularityComesFromTheVariationOfTheIntervals() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        CustomerTable t = a.customers();
        // half: intervals 10 and 11, mean 10.5, SD 0.5 → 0.0476; lapsed: 210 and 250, mean 230, SD 20 → 0.087
        assertEquals(0.5 / 10.5, t.intervalVariation(i(a, "half")), 1e-12);
        assertEquals(20 / 230.0, t.intervalVariation(i(a, "lapsed")), 1e-12);
        assertEquals(Regularity.HIGH, t.regularity(i(a, "half")));
        assertNull(t.regularity(i(a, "over")), "one interval says nothing about regularity");
    }

    @Test
    void aLargerMultipleMovesTheLine() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT.withRankDown(new RankDownRule(1.6)));
        // 1.6 × 10 = 16: over is on the line now; half's 16 days are under 1.6 × 10.5 = 16.8; soon's 9 + 7 days
        // reach the line but do not pass it
        assertEquals(List.of(), ids(a, a.customers()::atRisk));
        assertEquals(List.of("edge", "over", "half"), ids(a, a.customers()::crossingThisWeek));
    }

    @Test
    void cpmCellsFollowLtvLabRules() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        CustomerTable t = a.customers();
        String[][] expected = {{"edge", "budding-active"}, {"once", "first-active"}, {"gone", "first-lapsed"},
                {"steady", "steady-active"}, {"trendy", "trendy-active"}, {"loyal", "loyal-active"},
                {"lapsed", "loyal-lapsed"}};
        for (String[] e : expected) {
            assertEquals(e[1], t.cpmCell(i(a, e[0])).id(), e[0]);
        }
        PortfolioSummary p = a.summary().portfolio();
        assertEquals(5, p.customers(CpmCell.parse("budding-active")));
        assertEquals(70_001, p.sales(CpmCell.parse("loyal-active")));
        Selection loyal = a.aggregates().select(CustomerFilter.of(List.of(new CustomerGroup.Cpm(CpmCell.parse("loyal-active")))),
                id -> null);
        assertEquals(List.of(i(a, "loyal")), IntStream.of(loyal.toArray()).boxed().toList());
    }

    @Test
    void editedCpmThresholdsApplyWithoutReadingTheProjectAgain() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        Analysis b = a.withSettings(a.settings().withCpm(new CpmRules(240, 90, 220, 60_000)));
        assertEquals("trendy-active", b.customers().cpmCell(i(b, "loyal")).id(), "tenure 210 under 220 now");
        assertEquals("trendy-active", b.customers().cpmCell(i(b, "steady")).id(), "¥70,000 is above 60,000 now");
        assertFalse(b.customers().atRisk(i(b, "calm")));
    }

    @Test
    void theRankDownGroupsSelectTheirCustomers() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        Selection s = a.aggregates().select(CustomerFilter.of(List.of(new CustomerGroup.RankDown(true))), id -> null);
        assertEquals(List.of(i(a, "edge"), i(a, "soon")), IntStream.of(s.toArray()).boxed().toList());
    }

    @Test
    void theRankDownColumnsSortWithMissingValuesLast() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        CustomerRows rows = CustomerRows.of(a.customers(), null);
        // overdue: lapsed 10, over 6, edge 5, half 5, soon -1, calm -2, steady -80, trendy -199, loyal -200
        // (once and gone bought once, nobody never: no value, last either way)
        assertEquals(List.of("lapsed", "over", "edge", "half", "soon", "calm", "steady", "trendy", "loyal", "once", "gone",
                "nobody"), ids(rows.sortedBy(CustomerField.DAYS_OVERDUE, false)));
        assertEquals(List.of("loyal", "trendy", "steady", "calm", "soon", "edge", "half", "over", "lapsed", "once", "gone",
                "nobody"), ids(rows.sortedBy(CustomerField.DAYS_OVERDUE, true)));
        assertEquals(ids(rows.sortedBy(CustomerField.DAYS_OVERDUE, true)).subList(0, 9),
                ids(rows.sortedBy(CustomerField.NEXT_PURCHASE_DUE, false)).subList(0, 9), "latest due date first");
        double[] plan = new IntervalForecast().expectedSales(a, 184);
        List<String> repeatByPrediction = IntStream.range(0, plan.length).boxed()
                .filter(k -> a.customers().inBase(k) && a.customers().frequency(k) >= 2)
                .sorted((x, y) -> Double.compare(plan[y], plan[x])).map(a.customers()::customerId).toList();
        assertEquals(repeatByPrediction, ids(rows.sortedBy(CustomerField.VALUE_AT_RISK, false)).subList(0, 9));
        List<String> byValue = ids(rows.sortedBy(CustomerField.VALUE_AT_RISK, true));
        assertEquals(List.of("once", "gone", "nobody"), byValue.subList(byValue.size() - 3, byValue.size()),
                "fewer than two purchases: no value");
    }

    private static List<String> ids(CustomerRows rows) {
        return IntStream.range(0, rows.size()).mapToObj(r -> rows.table().customerId(rows.index(r))).toList();
    }

    private static int i(Analysis a, String id) {
        return SegmentFixture.index(a, id);
    }

    private static List<String> ids(Analysis a, java.util.function.IntPredicate in) {
        CustomerTable t = a.customers();
        return IntStream.range(0, t.size()).filter(k -> t.inBase(k) && in.test(k)).mapToObj(t::customerId).toList();
    }
}
