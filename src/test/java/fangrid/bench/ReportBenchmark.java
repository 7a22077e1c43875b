package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerNames;
import fangrid.project.ProjectSession;
import fangrid.project.ReportFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import tech.tablesaw.selection.Selection;

/**
 * One-page report benchmark (not a test): opening and analysing a project, then writing its PDF report RUNS times as
 * the window does (the analysis already on screen), unfiltered and with every view filtered to one grid cell.
 * <pre>
 * flock /tmp/fangrid-bench.lock java -Xmx2g -cp … fangrid.bench.ReportBenchmark PROJECT [RUNS]
 * </pre>
 * Work on a copy of a shared benchmark project: a session may write to the file it opens.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = Files.createTempDirectory("fangrid-report-bench");
        ResourceBundle ja = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE);
        long t = System.nanoTime();
        try (ProjectSession s = ProjectSession.open(Path.of(args[0]))) {
            Analysis a = s.analysis();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            System.out.printf("%,d people; opened and analysed in %.2f s (the process's CPU so far: %.2f s)%n",
                    a.summary().people(), seconds(t), os.getProcessCpuTime() / 1e9);
            Selection cell = a.aggregates().gridCell(new fangrid.domain.GridCell(1, 3));
            ReportFilters.Scope scope = new ReportFilters.Scope(cell, "R1F3");
            ReportFilters filtered = new ReportFilters(scope, scope, scope);
            for (ReportFilters f : new ReportFilters[] {ReportFilters.NONE, filtered}) {
                double[] times = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long start = System.nanoTime();
                    s.writeReport(a, f, ja, CustomerNames.REAL, out.resolve("report.pdf"));
                    times[r] = seconds(start);
                }
                Arrays.sort(times);
                System.out.printf("report %s: median %.2f s, best %.2f s of %d (%,d bytes)%n",
                        f == ReportFilters.NONE ? "unfiltered" : "filtered to R1F3", times[runs / 2], times[0], runs,
                        Files.size(out.resolve("report.pdf")));
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
