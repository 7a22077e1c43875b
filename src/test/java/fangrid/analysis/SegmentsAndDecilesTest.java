package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.DataKind;
import fangrid.domain.GridCell;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/** Deciles, behavioural segments, tertiles, intervals and cross-filtering on hand-checked data. */
class SegmentsAndDecilesTest {
    @TempDir
    Path dir;
    private Project project;

    /**
     * Ten buyers 1…10 with net sales 100·k, analysed on 2024-07-01: 1 bought once long ago (one-time), 2 once
     * recently (new), 3 in December and January of three winters (seasonal), 4 once long ago with 10 items (one-time, bulk), 5–10 twice.
     */
    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        project.close();
    }

    @BeforeEach
    void tenBuyers() throws Exception {
        StringBuilder csv = new StringBuilder("order,customer,date,amount,quantity\n");
        csv.append("a1,c01,2023-01-10,100,1\n");
        csv.append("b1,c02,2024-06-20,200,1\n");
        csv.append("s1,c03,2021-12-20,100,1\ns2,c03,2022-01-05,100,1\ns3,c03,2022-12-28,50,1\ns4,c03,2024-01-02,50,1\n");
        csv.append("k1,c04,2023-11-01,400,10\n");
        for (int k = 5; k <= 10; k++) {
            csv.append("x").append(k).append(",c").append(String.format("%02d", k)).append(",2024-03-01,").append(50 * k).append(",1\n");
            csv.append("y").append(k).append(",c").append(String.format("%02d", k)).append(",2024-03-").append(10 + k)
                    .append(',').append(50 * k).append(",1\n");
        }
        project = Project.create(dir.resolve("p"));
        new ImportService().importFile(project, Files.writeString(dir.resolve("orders.csv"), csv, StandardCharsets.UTF_8),
                DataKind.TRANSACTIONS);
    }

    private Analysis analyze(AnalysisSettings s) throws Exception {
        return new AnalysisService().analyze(project, s.withAsOf(LocalDate.of(2024, 7, 1)));
    }

    @Test
    void decilesRankBuyersByNetSales() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        CustomerTable t = a.customers();
        for (int i = 0; i < 10; i++) {
            assertEquals(11 - (i + 1), t.decile(i), "customer " + (i + 1) + " with sales " + 100 * (i + 1));
        }
        DecileSummary d = a.summary().deciles();
        assertEquals(1000 / 5500.0, d.shareOfSales(1), 1e-12);
        assertEquals(1, d.customers()[9]);
    }

    @Test
    void behaviouralSegmentsFollowDomainDefinitions() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        CustomerTable t = a.customers();
        assertEquals("one-time", t.segments(0));
        assertEquals("new", t.segments(1));
        assertEquals("seasonal", t.segments(2));
        assertEquals("one-time;bulk", t.segments(3), "10 items on one occasion against a median of 1 per occasion");
        assertEquals("heavy", t.segments(9));
        assertEquals(1, a.summary().segment(BehaviouralSegment.SEASONAL));
        assertEquals(1, a.summary().segment(BehaviouralSegment.HEAVY));
        assertEquals(Double.NaN, a.columns().medianInterval[0]);
        assertEquals(14, a.columns().medianInterval[4], "customer 5 bought on 2024-03-01 and 2024-03-15");
    }

    @Test
    void tertilesDrawTheRecencyBandsFromTheData() throws Exception {
        Analysis fixed = analyze(AnalysisSettings.DEFAULT);
        assertEquals(GridThresholds.DEFAULT, fixed.thresholds());
        Analysis tertiles = analyze(AnalysisSettings.DEFAULT.withThresholds(GridThresholds.DEFAULT, GridMode.TERTILES));
        int[] recency = new int[10];
        for (int i = 0; i < 10; i++) {
            recency[i] = tertiles.customers().recencyDays(i);
        }
        java.util.Arrays.sort(recency);
        // R type 7 at 1/3 of 10 sorted values falls exactly on the 4th, at 2/3 on the 7th
        assertEquals(recency[3], tertiles.thresholds().r1MaxDays());
        assertEquals(recency[6], tertiles.thresholds().r2MaxDays());
        assertEquals(10, tertiles.grid().buyers());
    }

    @Test
    void aFilterNarrowsEveryAggregateButKeepsTheWholeBase() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        Selection r1f2 = a.aggregates().gridCell(new GridCell(1, 2));
        Summary s = a.summary(r1f2);
        assertEquals(r1f2.size(), s.people());
        assertEquals(r1f2.size(), s.grid().customers(new GridCell(1, 2)));
        assertEquals(s.people(), s.grid().buyers(), "no other cell");
        assertEquals(10, s.grid().base(), "shares stay of the whole base");
        int inDeciles = 0;
        for (int c : s.deciles().customers()) {
            inDeciles += c;
        }
        assertEquals(s.people(), inDeciles);
        assertTrue(s.activities()[2] == s.people(), "R1×F2 is activity 2 by default");
        Selection union = a.aggregates().gridCell(new GridCell(3, 1)).or(a.aggregates().segment(BehaviouralSegment.NEW));
        Summary u = a.summary(union);
        assertEquals(a.summary().grid().customers(new GridCell(3, 1)) + 1, u.people(), "R3F1 plus the one new customer");
    }

    @Test
    void aFiltersSharesAreOfItsGroupAndOfTheWholeBaseSideBySide() throws Exception {
        Analysis a = analyze(AnalysisSettings.DEFAULT);
        GridCell r3f1 = new GridCell(3, 1);
        Summary u = a.summary(a.aggregates().gridCell(r3f1).or(a.aggregates().segment(BehaviouralSegment.NEW)));
        int inCell = u.grid().customers(r3f1);
        assertEquals((double) inCell / u.people(), u.grid().shareOfGroup(r3f1), 1e-12);
        assertEquals((double) inCell / 10, u.grid().shareOfBase(r3f1), 1e-12);
        assertEquals(u.grid().sales(r3f1) / a.summary().grid().totalSales(), u.grid().shareOfBaseSales(r3f1), 1e-12);
        assertEquals(u.grid().sales(r3f1) / u.grid().totalSales(), u.grid().shareOfSales(r3f1), 1e-12);
        double groupShares = 0;
        for (int fav = 0; fav <= 7; fav++) {
            for (int usage = 0; usage <= 5; usage++) {
                int n = u.matrix().count(fav, usage);
                assertEquals((double) n / u.people(), u.matrix().shareOfGroup(fav, usage), 1e-12);
                assertEquals((double) n / 10, u.matrix().shareOfBase(fav, usage), 1e-12);
                groupShares += u.matrix().shareOfGroup(fav, usage);
                assertEquals(a.matrix().shareOfBase(fav, usage), a.matrix().shareOfGroup(fav, usage), 1e-12,
                        "unfiltered, the group is the base");
            }
        }
        assertEquals(1.0, groupShares, 1e-12, "everyone of the group has a usage level here");
    }

    @Test
    void messagePhaseAndReturnRate() throws Exception {
        CustomerTable t = analyze(AnalysisSettings.DEFAULT).customers();
        assertEquals(11, t.daysSinceFirstPurchase(1));
        assertTrue(t.inFunctionalPhase(1), "11 days after the first purchase");
        assertTrue(!t.inFunctionalPhase(0));
        assertEquals(0, t.returnRate(0));
    }
}
