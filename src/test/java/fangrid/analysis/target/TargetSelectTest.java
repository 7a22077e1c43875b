package fangrid.analysis.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.domain.StepProgress;
import fangrid.domain.TargetRefusedException;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Target select on {@link TargetShop}, every figure worked out by hand: cost 250 yen, margin 40 %, 90 days, so a
 * contact pays for itself at 625 yen of net sales and expects 0.4 × sales − 250.
 */
class TargetSelectTest {
    private static final double YEN = 1e-6;

    @TempDir
    Path dir;

    private TargetResult select(TargetGrouping by) throws Exception {
        try (ProjectSession s = ProjectSession.open(TargetShop.create(dir))) {
            return s.target(s.analysis(), new TargetInputs(250, 40, 90, by), StepProgress.NONE);
        }
    }

    private static TargetRow row(TargetResult r, String id) {
        return r.rows().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachCellsResponseIsWhatItsPeopleAtTheEarlierDateBoughtWithinTheHorizon() throws Exception {
        TargetResult r = select(TargetGrouping.GRID);
        assertEquals(LocalDate.of(2024, 4, 2), r.measuredFrom());
        // R1F1 at 2024-04-02: A, B, C, D; A bought 5000 and C 3000 by 2024-07-01
        Response r1f1 = row(r, "R1F1").history();
        assertEquals(4, r1f1.people());
        assertEquals(2, r1f1.buyers());
        assertEquals(8000, r1f1.sales(), YEN);
        assertEquals(2000, r1f1.salesPerContact(), YEN);
        // Wilson, 2 of 4: [0.150, 0.850]
        assertEquals(0.1500, r1f1.shareLow(), 5e-4);
        assertEquals(0.8500, r1f1.shareHigh(), 5e-4);
        // sales 5000, 0, 3000, 0: s² = 18e6 / 3 = 6e6, half-width 1.959964 · √(6e6 / 4) = 2400.46
        assertEquals(2000 - 2400.46, r1f1.salesLow(), 0.01);
        assertEquals(2000 + 2400.46, r1f1.salesHigh(), 0.01);
        // R2F1 then: K (bought 1500 on 2024-06-10) and L
        assertEquals(750, row(r, "R2F1").history().salesPerContact(), YEN);
        // R1F3 then: G, 10000 on 2024-04-20 (after the earlier date, so counted)
        assertEquals(10000, row(r, "R1F3").history().sales(), YEN);
        // R1F2 then: M, who bought nothing after 2024-02-20
        assertEquals(1, row(r, "R1F2").history().people());
        assertEquals(0, row(r, "R1F2").history().buyers());
    }

    @Test
    void cellsAreRankedByExpectedProfitPerContactWithTheirCumulativeCurve() throws Exception {
        TargetResult r = select(TargetGrouping.GRID);
        List<String> order = new ArrayList<>();
        r.rows().forEach(x -> order.add(x.id()));
        // 3750, 550, 50, then −250 (R1F2, R2F3, R3F1 in grid order), then cells with no one measured
        assertEquals(List.of("R1F3", "R1F1", "R2F1", "R1F2", "R2F3", "R3F1"), order.subList(0, 6));
        assertEquals(3750, row(r, "R1F3").expectedProfit(), YEN);
        assertEquals(550, row(r, "R1F1").expectedProfit(), YEN);
        assertEquals(50, row(r, "R2F1").expectedProfit(), YEN);
        assertEquals(-250, row(r, "R3F1").expectedProfit(), YEN);
        assertTrue(Double.isNaN(row(r, "R3F3").expectedProfit()), "no one was in R3F3 at 2024-04-02");
        // today: R1F3 = G; R1F1 = I, J; R2F1 = B, D; R1F2 = A, C, K; R3F1 = E, F, L
        long[] people = r.rows().stream().limit(6).mapToLong(TargetRow::cumulativePeople).toArray();
        double[] profit = r.rows().stream().limit(6).mapToDouble(TargetRow::cumulativeProfit).toArray();
        assertEquals(List.of(1L, 3L, 5L, 8L, 8L, 11L), java.util.Arrays.stream(people).boxed().toList());
        double[] expected = {3750, 4850, 4950, 4200, 4200, 3450};
        for (int k = 0; k < 6; k++) {
            assertEquals(expected[k], profit[k], YEN, "cumulative profit at rank " + (k + 1));
        }
        assertEquals(0.4 * (2000 - 2400.46) - 250, row(r, "R1F1").profitLow(), 0.01);
    }

    @Test
    void theRecommendationGoesDownToBreakEven() throws Exception {
        TargetResult r = select(TargetGrouping.GRID);
        assertEquals(625, r.breakEvenSales(), YEN);
        assertEquals(3, r.recommendedRows());
        assertEquals(5, r.recommendedPeople());
        assertEquals(4950, r.recommendedProfit(), YEN);
        try (ProjectSession s = ProjectSession.open(dir.resolve("target-shop.mv.db"))) {
            Analysis a = s.analysis();
            Set<String> ids = new TreeSet<>();
            for (int i : r.recommended().toArray()) {
                ids.add(a.customerId(i));
            }
            assertEquals(Set.of("B", "D", "G", "I", "J"), ids);
        }
        assertEquals("target:grid/250/40/90", r.group().id());
    }

    @Test
    void theBacktestSelectsAtTheEarlierDateAndCountsWhatItReturned() throws Exception {
        Backtest b = select(TargetGrouping.GRID).backtest();
        assertTrue(b.available());
        assertEquals(LocalDate.of(2024, 4, 2), b.selectedAt());
        // measured 2024-01-03 → 04-02: R1F1 (K, L, M) 1 of 3 for 2000 → 0.4 · 666.67 − 250 = 16.67 a contact;
        // R3F2 (G) 150 but no one is in R3F2 on 04-02; the rest lose. Selected: R1F1 on 04-02 = A, B, C, D.
        assertEquals(4, b.contacted());
        assertEquals(4 * (0.4 * 2000 / 3 - 250), b.predictedProfit(), 1e-6);
        // A 5000 and C 3000 by 07-01: 0.4 · 8000 − 4 · 250
        assertEquals(2, b.buyers());
        assertEquals(8000, b.actualSales(), YEN);
        assertEquals(2200, b.actualProfit(), YEN);
    }

    @Test
    void singleCustomersWithoutAModelExpectTheirCellsResponse() throws Exception {
        TargetResult r = select(TargetGrouping.CUSTOMER);
        assertEquals("G", r.rows().get(0).id());
        assertEquals(3750, r.rows().get(0).expectedProfit(), YEN);
        // G's own history: in the base on 04-02, bought 10000 by 07-01
        assertEquals(1, r.rows().get(0).history().buyers());
        // I and J (R1F1, 550 each; J's 2000 and I's 2000 tie, key order), then B and D
        assertEquals(Set.of("I", "J"), Set.of(r.rows().get(1).id(), r.rows().get(2).id()));
        assertEquals(5, r.recommendedPeople());
        assertEquals(4950, r.recommendedProfit(), YEN);
        assertFalse(r.rows().stream().anyMatch(x -> x.id().equals("M") && x.recommended()));
    }

    @Test
    void aModelsExpectationIsTheMeanOfItsCustomersForecastsAndRanksThem() throws Exception {
        try (ProjectSession s = ProjectSession.open(TargetShop.create(dir))) {
            Analysis now = s.analysis();
            Analysis then = s.analyzeWith(now.settings().withAsOf(LocalDate.of(2024, 4, 2)));
            // a stand-in model: 1000 yen for every buyer, 3000 more for G, nothing for anyone else
            SalesExpectation model = new SalesExpectation() {
                @Override
                public String name() {
                    return "stand-in";
                }

                @Override
                public double[] expectedSales(Analysis a, int days) {
                    double[] sales = new double[a.customers().size()];
                    for (int i = 0; i < sales.length; i++) {
                        if (a.customers().inBase(i) && a.customers().frequency(i) > 0) {
                            sales[i] = "G".equals(a.customerId(i)) ? 4000 : 1000;
                        }
                    }
                    return sales;
                }
            };
            TargetResult r = new TargetSelect(new TargetInputs(250, 40, 90, TargetGrouping.GRID), date -> List.of(),
                    model, null).run(null, then, now);
            assertEquals("stand-in", r.expectation());
            // R1F3 (G): 0.4 · 4000 − 250 = 1350; every other cell with people: 0.4 · 1000 − 250 = 150
            assertEquals("R1F3", r.rows().get(0).id());
            assertEquals(1350, r.rows().get(0).expectedProfit(), YEN);
            assertEquals(150, row(r, "R3F3").expectedProfit(), YEN);
            assertTrue(Double.isNaN(row(r, "R3F3").profitLow()), "a model's expectation has no measured interval");
            assertEquals(2000, row(r, "R1F1").history().salesPerContact(), YEN, "the measured response stays shown");
            // everyone who bought (13) is worth contacting: 1350 + 12 · 150
            assertEquals(13, r.recommendedPeople());
            assertEquals(1350 + 12 * 150, r.recommendedProfit(), YEN);
            assertFalse(r.backtest().available());
        }
    }

    @Test
    void savedSegmentsKeepTheirMembersAtEveryDate() throws Exception {
        try (ProjectSession s = ProjectSession.open(TargetShop.create(dir))) {
            Analysis a = s.analysis();
            tech.tablesaw.selection.Selection first = new tech.tablesaw.selection.BitmapBackedSelection();
            tech.tablesaw.selection.Selection lapsed = new tech.tablesaw.selection.BitmapBackedSelection();
            for (int i = 0; i < a.customers().size(); i++) {
                String id = a.customerId(i);
                if (Set.of("A", "B", "C", "D").contains(id)) {
                    first.add(i);
                } else if (Set.of("E", "F", "I").contains(id)) {
                    lapsed.add(i);
                }
            }
            s.saveSegment("spring", "", fangrid.domain.Activity.GROW_NEW_CUSTOMERS, "R1F1", a, first, false);
            s.saveSegment("mixed", "", fangrid.domain.Activity.STOP_AT_RISK, "R3F1", a, lapsed, false);
            TargetResult r = s.target(a, new TargetInputs(250, 40, 90, TargetGrouping.SEGMENT), StepProgress.NONE);
            // spring = A, B, C, D: as R1F1 above, 2 of 4 bought 8000 → 550 a contact, 4 people today
            TargetRow spring = r.rows().get(0);
            assertEquals(4, spring.history().people());
            assertEquals(8000, spring.history().sales(), YEN);
            assertEquals(550, spring.expectedProfit(), YEN);
            assertTrue(spring.recommended());
            // mixed = E, F (nothing bought) and I (not yet a customer on 04-02): 0 of 2, 3 people today
            TargetRow mixed = r.rows().get(1);
            assertEquals(2, mixed.history().people());
            assertEquals(3, mixed.people());
            assertEquals(-250, mixed.expectedProfit(), YEN);
            assertEquals(4 * 550, r.recommendedProfit(), YEN);
        }
    }

    @Test
    void onTheSampleShopTheExpectationIsTheMeanOfThePurchaseModelsForecastOverEachCellsPeople() throws Exception {
        try (fangrid.store.Project p = fangrid.TestProjects.sampleProject(dir)) {
            p.close();
            try (ProjectSession s = ProjectSession.open(p.file())) {
                Analysis a = s.analysis();
                TargetResult r = s.target(a, new TargetInputs(300, 40, 90, TargetGrouping.GRID), StepProgress.NONE);
                assertEquals(ForecastExpectation.NAME, r.expectation(), r.modelUnused());
                double[] forecast = fangrid.analysis.predict.SalesForecast.fit(a).expectedSales(90);
                for (TargetRow row : r.rows()) {
                    double sum = 0;
                    int n = 0;
                    for (int i : a.aggregates().gridCell(((fangrid.domain.CustomerGroup.Grid) row.group()).cell())
                            .toArray()) {
                        sum += forecast[i];
                        n++;
                    }
                    assertEquals(n, row.people(), row.id());
                    assertEquals(sum / n, row.expectedSales(), 1e-6, row.id());
                    assertEquals(0.4 * sum / n - 300, row.expectedProfit(), 1e-6, row.id());
                }
                assertTrue(r.backtest().available());
            }
        }
    }

    @Test
    void aHorizonLongerThanTheHistoryIsRefusedSayingHowLongItMayBe() throws Exception {
        try (ProjectSession s = ProjectSession.open(TargetShop.create(dir))) {
            TargetRefusedException e = assertThrows(TargetRefusedException.class,
                    () -> s.target(s.analysis(), new TargetInputs(250, 40, 600, TargetGrouping.GRID), StepProgress.NONE));
            assertEquals(TargetRefusedException.Reason.SHORT_HISTORY, e.reason());
            // the first purchase, G's on 2023-01-10, is 538 days before 2024-07-01
            assertTrue(e.getMessage().contains("shorter than 538 days"), e.getMessage());
        }
    }

    @Test
    void inputsNoMailingCanHaveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TargetInputs(-1, 40, 90, TargetGrouping.GRID));
        assertThrows(IllegalArgumentException.class, () -> new TargetInputs(100, 101, 90, TargetGrouping.GRID));
        assertThrows(IllegalArgumentException.class, () -> new TargetInputs(100, -0.5, 90, TargetGrouping.GRID));
        assertThrows(IllegalArgumentException.class, () -> new TargetInputs(100, 40, 0, TargetGrouping.GRID));
        assertThrows(IllegalArgumentException.class, () -> new TargetInputs(Double.NaN, 40, 90, TargetGrouping.GRID));
    }
}
