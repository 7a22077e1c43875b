package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fangrid.TestProjects;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.GridCell;
import fangrid.domain.MigrationAxis;
import fangrid.domain.PlanTierLabel;
import fangrid.store.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/**
 * Migration from 2024-05-01 to 2024-06-01 (fixed bands R1 ≤ 90, R2 ≤ 180 days), worked out by hand:
 * <pre>
 * id  orders (net)                                   at 05-01                  at 06-01              sales between
 * A   01-10, 03-01, 05-10 (700)                      R1F2 (61 days, 2 occ.)    R1F3 (22 days)        700
 * B   2023-10-01                                     R3F1 (213 days)           R3F1 (244 days)       0
 * C   02-15                                          R1F1 (76 days)            R2F1 (107 days)       0
 * D   05-20 (300)                                    not yet a customer        R1F1                  300
 * E   04-10 (500), returned whole on 05-05           R1F1 (21 days)            no purchase (cancelled) −500
 * F   04-20, a return of 100 on 05-12 (own order)    R1F1 (11 days)            R1F1 (42 days)        −100
 * H   2023-12-01, 05-25 (400)                        R2F1 (152 days)           R1F2 (7 days)         400
 * P   a survey answer on 04-01                       no purchase               no purchase           0
 * Q   a survey answer on 05-15                       not yet a customer        no purchase           0
 * </pre>
 * Activities (default mapping): R1F1/R1F2 grow (2), R2–R3 × F1–F2 stop at risk (3), F3 keep loyal (4).
 */
public class MigrationTest {
    public static final String ORDERS = """
            order,customer,date,amount,kind
            a1,A,2024-01-10,100,
            a2,A,2024-03-01,200,
            a3,A,2024-05-10,700,
            b1,B,2023-10-01,50,
            c1,C,2024-02-15,80,
            d1,D,2024-05-20,300,
            e1,E,2024-04-10,500,
            e1,E,2024-05-05,-500,返品
            f1,F,2024-04-20,500,
            f2,F,2024-05-12,-100,返品
            h1,H,2023-12-01,90,
            h2,H,2024-05-25,400,
            """;
    public static final String SURVEY = """
            会員番号,回答日,好感度,ご利用頻度
            P,2024-04-01,好き,
            Q,2024-05-15,好き,
            """;
    static final LocalDate FROM = LocalDate.of(2024, 5, 1);
    static final LocalDate TO = LocalDate.of(2024, 6, 1);

    @TempDir
    Path dir;

    @Test
    void eachCustomerMovesAsWorkedOutByHand() throws Exception {
        try (Project p = SegmentFixture.project(dir, "moves", ORDERS, SURVEY)) {
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(TO));
            Migration m = new MigrationService().migration(p, a, FROM, TO, MigrationAxis.GRID);
            assertEquals(Map.of(
                    "R1F2>R1F3", "1 700", "R3F1>R3F1", "1 0", "R1F1>R2F1", "1 0", "new>R1F1", "1 300",
                    "R1F1>R1F1", "1 -100", "R2F1>R1F2", "1 400", "none>none", "1 0", "new>none", "1 0", "R1F1>none", "1 -500"),
                    cells(m));
            assertEquals(9, m.base());
            assertEquals(1 / 3.0, m.shareOfRow(m.states().indexOf("R1F1"), m.states().indexOf("R2F1")), 1e-12,
                    "C of C, E and F");
            assertEquals(List.of("A"), ids(a, m.members(group("R1F2>R1F3"))));
            assertEquals(List.of("D", "Q"), ids(a, a.aggregates().select(CustomerFilter.parse(
                    "new>R1F1@2024-05-01..2024-06-01+new>none@2024-05-01..2024-06-01"), g -> m.members(
                    (CustomerGroup.Transition) g))));
        }
    }

    @Test
    void byActivityTheSameMovesFollowTheActivityOfEachCell() throws Exception {
        try (Project p = SegmentFixture.project(dir, "activities", ORDERS, SURVEY)) {
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(TO));
            Migration m = new MigrationService().migration(p, a, FROM, TO, MigrationAxis.ACTIVITY);
            assertEquals(Map.of("A2>A4", "1 700", "A3>A3", "1 0", "A2>A3", "1 0", "new>A2", "1 300",
                    "A2>A2", "1 -100", "A3>A2", "1 400", "none>none", "1 0", "new>none", "1 0", "A2>none", "1 -500"),
                    cells(m));
        }
    }

    /**
     * By plan tier each customer is in the tier of the plan in force at each date; customers of the base without a
     * tier (E after its order was returned, P) are "no purchase".
     */
    @Test
    void byPlanTierEachCustomerFollowsTheTiersInForceAtEachDate() throws Exception {
        try (Project p = SegmentFixture.project(dir, "plans", ORDERS, SURVEY)) {
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(TO));
            Map<String, Integer> before = Map.of("A", 1, "B", 2, "C", 2, "E", 2, "F", 1, "H", 2);
            Map<String, Integer> after = Map.of("A", 1, "B", 2, "C", 1, "D", 2, "F", 2, "H", 1);
            Migration m = new MigrationService().migration(p, a, FROM, TO,
                    date -> placement(a, date.equals(FROM) ? before : after));
            assertEquals(List.of("new", "none", "T1", "T2"), m.states());
            assertEquals(Map.of("T1>T1", "1 700", "T2>T2", "1 0", "T2>T1", "2 400", "new>T2", "1 300",
                    "T1>T2", "1 -100", "T2>none", "1 -500", "none>none", "1 0", "new>none", "1 0"), cells(m));
            assertEquals(List.of("C", "H"), ids(a, m.members(new CustomerGroup.Transition(MigrationAxis.PLAN, "T2", "T1",
                    FROM, TO))));
        }
    }

    private static PlanPlacement placement(Analysis a, Map<String, Integer> tierById) {
        byte[] tiers = new byte[a.customers().size()];
        for (int i = 0; i < tiers.length; i++) {
            tiers[i] = (byte) (int) tierById.getOrDefault(a.customerId(i), 0);
        }
        PlanTierLabel label = new PlanTierLabel("上位", "top", "", "", 0.5);
        return new PlanPlacement(tiers, new double[tiers.length], List.of(label, label), new double[] {1, 0});
    }

    /** The later date's states are the analysis's own cells; the earlier date's are those of an analysis at it. */
    @Test
    void bothSidesMatchTheAnalysesAtTheirDatesOnTheSampleShop() throws Exception {
        try (Project p = TestProjects.sampleProject(dir)) {
            AnalysisService service = new AnalysisService();
            Analysis later = service.analyze(p);
            LocalDate to = later.asOf();
            LocalDate from = to.minusMonths(3);
            Analysis earlier = service.analyze(p, AnalysisSettings.DEFAULT.withAsOf(from));
            Migration m = new MigrationService().migration(p, later, from, to, MigrationAxis.GRID);
            for (int k = 0; k < 9; k++) {
                GridCell cell = GridCell.ofIndex(k);
                int s = m.states().indexOf(cell.toString());
                assertEquals(later.grid().customers(cell), m.columnTotal(s), "to " + cell);
                assertEquals(earlier.grid().customers(cell), m.rowTotal(s), "from " + cell);
            }
            assertEquals(later.grid().base(), m.base());
            assertEquals(earlier.grid().base(), m.base() - m.rowTotal(0), "everyone but the new");
        }
    }

    @Test
    void datesOutOfOrderOrAfterTheAnalysisDateAreRefused() throws Exception {
        try (Project p = SegmentFixture.project(dir, "dates", ORDERS, SURVEY)) {
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(TO));
            MigrationService s = new MigrationService();
            assertThrows(IllegalArgumentException.class, () -> s.migration(p, a, TO, FROM, MigrationAxis.GRID));
            assertThrows(IllegalArgumentException.class, () -> s.migration(p, a, FROM, TO.plusDays(1), MigrationAxis.GRID));
        }
    }

    @Test
    void transitionIdsReadBackAsTheSameGroup() {
        CustomerGroup.Transition t = new CustomerGroup.Transition(MigrationAxis.ACTIVITY, "new", "A2", FROM, TO);
        assertEquals("activity:new>A2@2024-05-01..2024-06-01", t.id());
        assertEquals(t, CustomerGroup.parse(t.id()));
        assertEquals(group("R1F3>R2F3"), CustomerGroup.parse("R1F3>R2F3@2024-05-01..2024-06-01"));
        assertThrows(IllegalArgumentException.class, () -> CustomerGroup.parse("R1F3>A2@2024-05-01..2024-06-01"));
        assertThrows(IllegalArgumentException.class, () -> CustomerGroup.parse("R1F3>R2F3@2024-06-01..2024-05-01"));
    }

    private static CustomerGroup.Transition group(String cell) {
        String[] s = cell.split(">");
        return new CustomerGroup.Transition(MigrationAxis.GRID, s[0], s[1], FROM, TO);
    }

    private static Map<String, String> cells(Migration m) {
        Map<String, String> cells = new TreeMap<>();
        for (int a = 0; a < m.states().size(); a++) {
            for (int b = 0; b < m.states().size(); b++) {
                if (m.customers(a, b) > 0) {
                    cells.put(m.states().get(a) + ">" + m.states().get(b),
                            m.customers(a, b) + " " + Math.round(m.netSales(a, b)));
                }
            }
        }
        return cells;
    }

    private static List<String> ids(Analysis a, Selection s) {
        List<String> ids = new ArrayList<>();
        for (int i : s.toArray()) {
            ids.add(a.customerId(i));
        }
        ids.sort(null);
        return ids;
    }
}
