package fangrid.bench;

import fangrid.analysis.CategorySummary;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Categories side by side (not a test): the session's {@code categorySummaries}, all categories from one pass, and
 * for comparison one category analysed on its own (what the table cost per category before).
 * <pre>
 * java -Xmx4g -cp … fangrid.bench.CategoryBenchmark PROJECT [RUNS]
 * java -Xmx4g -cp … fangrid.bench.CategoryBenchmark --generate LINES CUSTOMERS CATEGORIES [RUNS]
 * </pre>
 * PROJECT should be a copy: opening may upgrade it. With {@code --generate}, synthetic lines (about 3 per order, 2 %
 * returns, products spread evenly over the categories, so that most orders span several) are written into a project
 * in the temporary folder, kept for later runs.
 */
public final class CategoryBenchmark {
    private CategoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean generate = args[0].equals("--generate");
        Path project = generate ? generated(Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                : Path.of(args[0]);
        int runs = args.length > (generate ? 4 : 1) ? Integer.parseInt(args[generate ? 4 : 1]) : 3;
        try (ProjectSession s = ProjectSession.open(project)) {
            long t0 = System.nanoTime();
            int categories = s.categories().size();
            System.out.printf("%s: %d categories listed in %.2f s%n", project.getFileName(), categories,
                    (System.nanoTime() - t0) / 1e9);
            double[] seconds = new double[runs];
            List<CategorySummary> rows = List.of();
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                long c = cpuNanos();
                rows = s.categorySummaries(s.settings(), StepProgress.NONE);
                seconds[r] = (System.nanoTime() - t) / 1e9;
                cpu[r] = (cpuNanos() - c) / 1e9;
                System.out.printf("run %d: %d rows side by side in %.2f s (process CPU %.2f s)%n", r + 1, rows.size(),
                        seconds[r], cpu[r]);
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            System.out.printf("side by side, median of %d: %.2f s wall, %.2f s process CPU%n", runs, seconds[runs / 2],
                    cpu[runs / 2]);
            long t = System.nanoTime();
            long c = cpuNanos();
            s.analyzeWith(s.settings().withCategory(rows.get(0).name()));
            System.out.printf("one category analysed on its own: %.2f s wall, %.2f s process CPU%n",
                    (System.nanoTime() - t) / 1e9, (cpuNanos() - c) / 1e9);
        }
    }

    /** The process's CPU time: on a shared machine, wall time says more about the neighbours than about the code. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Path generated(long lines, int customers, int categories) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"),
                "fangrid-bench-categories-" + lines + "-" + customers + "-" + categories + ".mv.db");
        if (Files.exists(file)) {
            return file;
        }
        String[] names = new String[categories];
        for (int k = 0; k < categories; k++) {
            names[k] = String.format("カテゴリ%02d", k + 1);
        }
        SyntheticOrderLines.createProject(file, lines, customers, product -> names[product % categories]);
        return file;
    }
}
