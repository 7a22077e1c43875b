package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerField;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.TimelineEvent;
import fangrid.analysis.TrendPoint;
import fangrid.domain.GridCell;
import fangrid.store.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import tech.tablesaw.selection.Selection;

/**
 * Segment detail and charts benchmark (not a test): segment figures, sorting and searching the customer rows, one
 * customer's timeline and the first-category trend, on a project such as AnalysisBenchmark's generated one.
 * <pre>
 * java -Xmx2g -cp … fangrid.bench.DetailBenchmark PROJECT [--add-survey ANSWERS]
 * </pre>
 * {@code --add-survey} first adds that many dated survey answers to random people if the project has none: it
 * changes the project, so give it a copy.
 */
public final class DetailBenchmark {
    private DetailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (Project p = Project.open(Path.of(args[0]))) {
            if (args.length > 2 && args[1].equals("--add-survey")) {
                addSurvey(p, Integer.parseInt(args[2]));
            }
            AnalysisService service = new AnalysisService();
            long t = System.nanoTime();
            Analysis a = service.analyze(p);
            System.out.printf("analysis: %,d people in %.2f s%n", a.summary().people(), (System.nanoTime() - t) / 1e9);
            Selection cell = a.aggregates().gridCell(new GridCell(3, 1));
            time("stats, everyone (uncached pass)", 20, () -> a.stats(a.aggregates().decile(1)).customers() + a.stats(null).customers());
            time("stats, R3F1 (" + cell.size() + " people)", 20, () -> a.stats(cell));
            CustomerRows everyone = CustomerRows.of(a.customers(), null);
            time("rows of everyone", 5, () -> CustomerRows.of(a.customers(), null));
            for (CustomerField f : List.of(CustomerField.RECENCY, CustomerField.FREQUENCY, CustomerField.MONETARY,
                    CustomerField.RETURN_RATE, CustomerField.GRID_CELL, CustomerField.CUSTOMER_ID,
                    // the first value-at-risk sort also predicts every buyer's period sales
                    CustomerField.VALUE_AT_RISK, CustomerField.DAYS_OVERDUE, CustomerField.CPM)) {
                time("sort " + everyone.size() + " rows by " + f + " descending", 5, () -> everyone.sortedBy(f, false));
            }
            time("search ids for \"１２３４\"", 5, () -> everyone.matching("１２３４").size());
            SplittableRandom random = new SplittableRandom(7);
            for (int run = 0; run < 6; run++) {
                int i = random.nextInt(a.customers().size());
                long s = System.nanoTime();
                List<TimelineEvent> events = service.timeline(p, a, i);
                System.out.printf("timeline of %s: %d events in %.0f ms%n", a.customerId(i), events.size(), (System.nanoTime() - s) / 1e6);
            }
            for (int run = 0; run < 3; run++) {
                long s = System.nanoTime();
                List<TrendPoint> trend = service.firstCategoryTrend(p, a, 12);
                System.out.printf("first-category trend, 12 months: %.0f ms (latest %s)%n", (System.nanoTime() - s) / 1e6, trend.get(11));
            }
        }
    }

    private static void time(String what, int runs, Callable<?> work) throws Exception {
        long first = 0;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            work.call();
            long took = System.nanoTime() - t;
            first = run == 0 ? took : first;
            best = Math.min(best, took);
        }
        System.out.printf("%s: first %.1f ms, best of %d %.1f ms%n", what, first / 1e6, runs, best / 1e6);
    }

    private static void addSurvey(Project p, int answers) throws Exception {
        Connection c = p.connection();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM survey_answer")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        int people = p.customerCount();
        SplittableRandom random = new SplittableRandom(11);
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO survey_answer(import_id, customer_key, answer_date,"
                + " favorability, usage_level, comment) VALUES (2, ?, ?, ?, ?, ?)")) {
            for (int k = 1; k <= answers; k++) {
                s.setInt(1, 1 + random.nextInt(people));
                s.setObject(2, LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1095)));
                s.setInt(3, 1 + random.nextInt(7));
                s.setInt(4, random.nextInt(6));
                s.setString(5, random.nextInt(10) == 0 ? "とても良い" : null);
                s.addBatch();
                if (k % 10_000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
