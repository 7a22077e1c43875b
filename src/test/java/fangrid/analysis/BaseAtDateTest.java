package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.GridCell;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base at a past analysis date is the people known by then (DOMAIN.md): nobody whose first order, sign-up and
 * survey answer all come on or after the date, and none of their later facts.
 */
class BaseAtDateTest {
    /** Eleven people, hand-checked at {@link #AS_OF}; see {@link #thePastBaseHoldsOnlyThePeopleKnownByThen}. */
    static final String ORDERS = """
            order,customer,date,amount,kind
            a1,A,2024-01-10,1000,
            a2,A,2024-02-10,500,
            a3,A,2024-03-01,500,
            b1,B,2024-02-20,300,
            C7,B,2024-04-02,-300,
            b2,B,2024-05-05,700,
            c1,C,2024-04-10,2000,
            c2,C,2024-05-01,100,
            r1,R,2024-03-10,-50,返品
            h1,H,2024-03-12,800,出荷
            """;
    static final String SURVEY = """
            会員番号,回答日,好感度,ご利用頻度
            A,2024-02-01,大好き,
            A,2024-05-01,実は好きではない,
            P,2024-03-15,好き,相談したことがある
            Q,2024-06-01,好き,利用したことがない
            U,,好き,利用したことがない
            """;
    static final String CUSTOMERS = """
            customer_id,signup_date
            B,2024-01-15
            S1,2024-03-01
            S2,2024-04-15
            N,
            """;
    static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);

    @TempDir
    Path dir;

    /**
     * At 2024-04-01: A (three orders, loves it: R1F3, usage 5, first category; the later answer "actually don't like
     * it" does not count yet), B (one order 41 days before; the later return and order do not count), P (answered
     * before), U (an undated answer), S1 (signed up before), N (listed without any date), R (a return line) and H (a
     * shipment line) are the base: eight people. C first buys on 04-10, Q first answers on 06-01 and S2 signs up on
     * 04-15: not customers yet.
     */
    @Test
    void thePastBaseHoldsOnlyThePeopleKnownByThen() throws Exception {
        try (Project p = project()) {
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(AS_OF));
            assertEquals(List.of("A", "B", "H", "N", "P", "R", "S1", "U"), people(a));
            Summary s = a.summary();
            assertEquals(8, s.people());
            assertEquals(8, a.grid().base());
            assertEquals(1, a.grid().customers(new GridCell(1, 3)));
            assertEquals(1, a.grid().customers(new GridCell(1, 1)));
            assertEquals(2000 + 300, a.grid().totalSales(), 1e-9, "A and B");
            assertArrayEquals(new int[] {0, 6, 1, 0, 1}, a.activityCustomers(), "P, U, S1, N, R, H have no purchase");
            assertEquals(new FirstCategorySummary(1, 8, 3, 0, 0), a.firstCategory(), "A of eight; A, P and U answered");
            assertEquals(8, a.matrix().base());
            assertEquals(1, a.matrix().count(6, 5), "A");
            assertEquals(1, a.matrix().count(0, 3), "B: no answer");
            assertEquals(1, a.matrix().count(5, 1), "P");
            assertEquals(1, a.matrix().count(5, 0), "U");
            assertEquals(4, total(a.matrix().counts()), "S1, N, R and H have no usage level");
            assertEquals(2, total(new int[][] {s.deciles().customers()}));
            CustomerTable t = a.customers();
            int b = SegmentFixture.index(a, "B");
            assertEquals(List.of(41, 1, 300.0), List.of(t.recencyDays(b), t.frequency(b), t.monetary(b)));
            assertEquals(0, t.returnOrders(b));
            assertFalse(t.inBase(SegmentFixture.index(a, "C")));
            assertEquals(8, CustomerRows.of(t, null).size(), "segment detail lists the base");
            assertEquals(8, a.stats(null).customers());
        }
    }

    @Test
    void everyoneIsKnownAtTheDefaultDate() throws Exception {
        try (Project p = project()) {
            Analysis a = new AnalysisService().analyze(p);
            assertEquals(LocalDate.of(2024, 5, 6), a.asOf());
            assertEquals(List.of("A", "B", "C", "H", "N", "P", "R", "S1", "S2", "U"), people(a),
                    "Q's only answer is after the date");
        }
    }

    /** Two months before the analysis date only A, B (signed up 01-15) and the undated N and U were known. */
    @Test
    void theTrendsBaseGrowsWithThePeopleKnownAtEachDate() throws Exception {
        try (Project p = project()) {
            AnalysisService service = new AnalysisService();
            Analysis a = service.analyze(p, AnalysisSettings.DEFAULT.withAsOf(AS_OF));
            assertEquals(List.of(
                    new TrendPoint(LocalDate.of(2024, 2, 1), 0, 4, 1),
                    new TrendPoint(LocalDate.of(2024, 3, 1), 0, 4, 2),
                    new TrendPoint(AS_OF, 1, 8, 3)), service.firstCategoryTrend(p, a, 3));
        }
    }

    /** The past base also holds with an analysis window: B's order before it still makes B known. */
    @Test
    void peopleWhoseOrdersAreAllBeforeTheWindowAreStillKnown() throws Exception {
        try (Project p = project()) {
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(AS_OF).withWindowMonths(1));
            assertEquals(List.of("A", "B", "H", "N", "P", "R", "S1", "U"), people(a));
            assertEquals(1, a.grid().buyers(), "only A bought inside the window");
        }
    }

    private Project project() throws Exception {
        Project p = SegmentFixture.project(dir, "known", ORDERS, SURVEY);
        try {
            new ImportService().importFile(p, Files.writeString(dir.resolve("customers.csv"), CUSTOMERS,
                    StandardCharsets.UTF_8), DataKind.CUSTOMERS);
            return p;
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
    }

    private static List<String> people(Analysis a) {
        List<String> ids = new ArrayList<>();
        CustomerTable t = a.customers();
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i)) {
                ids.add(t.customerId(i));
            }
        }
        ids.sort(null);
        return ids;
    }

    private static int total(int[][] counts) {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }
}
