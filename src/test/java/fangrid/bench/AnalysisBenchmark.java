package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerColumnsLoader;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridCell;
import fangrid.store.OrderLineStore;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import tech.tablesaw.selection.Selection;

/**
 * Analysis benchmark (not a test): building the per-customer columns from H2, and recomputing every aggregate for
 * a filter (what a drop does).
 * <pre>
 * java -Xmx2g -cp … fangrid.bench.AnalysisBenchmark PROJECT | --generate LINES CUSTOMERS
 * </pre>
 * With {@code --generate}, the lines are written straight through the order-line store (no file import) into a
 * project in the temporary folder, kept for later runs.
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = args[0].equals("--generate") ? generated(Long.parseLong(args[1]), Integer.parseInt(args[2])) : Path.of(args[0]);
        try (Project p = Project.open(project)) {
            LocalDate asOf = CustomerColumnsLoader.defaultAsOf(p.connection()).orElseThrow();
            System.out.printf("project %s: %,d order lines, %,d people, analysis date %s%n", project.getFileName(),
                    new OrderLineStore(p.connection()).lineCount(), p.customerCount(), asOf);
            AnalysisService service = new AnalysisService();
            Analysis a = null;
            for (int run = 1; run <= 3; run++) {
                long t = System.nanoTime();
                new CustomerColumnsLoader().load(p.connection(), asOf, 0, null);
                long columns = System.nanoTime() - t;
                t = System.nanoTime();
                a = service.analyze(p, AnalysisSettings.DEFAULT);
                long analysis = System.nanoTime() - t;
                System.out.printf("run %d: per-customer columns %.2f s; whole analysis (columns, classes, deciles, segments,"
                        + " R/F/M scores, summary) %.2f s%n", run, columns / 1e9, analysis / 1e9);
            }
            for (GridCell cell : new GridCell[] {new GridCell(1, 3), new GridCell(3, 1)}) {
                Selection filter = a.aggregates().gridCell(cell);
                long best = Long.MAX_VALUE;
                for (int run = 0; run < 20; run++) {
                    long t = System.nanoTime();
                    a.summary(filter);
                    best = Math.min(best, System.nanoTime() - t);
                }
                long t = System.nanoTime();
                a.aggregates().gridCell(cell);
                long select = System.nanoTime() - t;
                System.out.printf("filter %s (%,d people): grid + matrix + deciles + first category + activities + segments"
                        + " in %.1f ms (best of 20); building the filter %.1f ms%n", cell, filter.size(), best / 1e6, select / 1e6);
            }
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 10; run++) {
                long t = System.nanoTime();
                a.aggregates().summarize(null);
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf("no filter (everyone): %.1f ms (best of 10)%n", best / 1e6);
        }
    }

    /** A project of synthetic order lines (about 3 per order, 2 % returns) over three years, kept in the temp folder. */
    private static Path generated(long lines, int customers) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "fangrid-bench-project-" + lines + "-" + customers + ".mv.db");
        if (Files.exists(file)) {
            return file;
        }
        SyntheticOrderLines.createProject(file, lines, customers, product -> null);
        return file;
    }
}
