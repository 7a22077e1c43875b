package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.Migration;
import fangrid.analysis.MigrationProgress;
import fangrid.analysis.MigrationService;
import fangrid.analysis.MigrationSnapshots;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.MigrationAxis;
import fangrid.store.Project;
import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.selection.Selection;

/**
 * What the Migration tab costs (not a test): the matrix between the analysis date and a month before, read from the
 * order lines as the tab's first question after a new analysis does (cold) and again with the orders kept (warm); the
 * 12 month-end snapshots, cold and warm; and dropping the largest moved cell on a view (its people and every
 * aggregate the grid, matrix and charts show, as {@code CrossFilter} computes them).
 * <pre>
 * java -Xmx6g -cp … fangrid.bench.MigrationBenchmark PROJECT [ROUNDS]
 * </pre>
 */
public final class MigrationBenchmark {
    private MigrationBenchmark() {
    }

    /** The process's CPU time so far, to tell work from waiting on a busy machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (Project p = Project.open(Path.of(args[0]))) {
            Analysis a = new AnalysisService().analyze(p);
            System.out.printf("%,d people, analysis date %s%n", a.summary().people(), a.asOf());
            long[] cold = new long[rounds];
            long[] warm = new long[rounds];
            long[] snapCold = new long[rounds];
            long[] snapWarm = new long[rounds];
            Migration m = null;
            for (int r = 0; r < rounds; r++) {
                MigrationService s = new MigrationService();
                long t = System.nanoTime();
                long c = cpu();
                m = s.migration(p, a, a.asOf().minusMonths(1), a.asOf(), MigrationAxis.GRID);
                cold[r] = System.nanoTime() - t;
                System.out.printf("round %d: matrix cold %.2f s wall, %.2f s CPU%n", r + 1, cold[r] / 1e9, (cpu() - c) / 1e9);
                t = System.nanoTime();
                s.migration(p, a, a.asOf().minusMonths(2), a.asOf().minusMonths(1), MigrationAxis.GRID);
                warm[r] = System.nanoTime() - t;
                MigrationService fresh = new MigrationService();
                t = System.nanoTime();
                c = cpu();
                MigrationSnapshots snaps = fresh.snapshots(p, a, MigrationAxis.GRID, 12, MigrationProgress.NONE);
                snapCold[r] = System.nanoTime() - t;
                System.out.printf("round %d: 12 month ends cold %.2f s wall, %.2f s CPU%n", r + 1, snapCold[r] / 1e9,
                        (cpu() - c) / 1e9);
                t = System.nanoTime();
                fresh.snapshots(p, a, MigrationAxis.ACTIVITY, 12, MigrationProgress.NONE);
                snapWarm[r] = System.nanoTime() - t;
                if (r == 0) {
                    System.out.printf("R1F3 at the 12 month ends: %s%n", Arrays.toString(snaps.counts()[4]));
                }
            }
            report("matrix, cold (reads the order lines)", cold);
            report("matrix, warm (other dates, orders kept)", warm);
            report("12 month ends, cold", snapCold);
            report("12 month ends, warm (by activity)", snapWarm);
            drop(a, m, 21);
        }
    }

    private static void drop(Analysis a, Migration m, int runs) {
        int from = 0;
        int to = 0;
        for (int x = 1; x < m.states().size(); x++) {
            for (int y = 1; y < m.states().size(); y++) {
                if (x != y && m.customers(x, y) > m.customers(from, to)) {
                    from = x;
                    to = y;
                }
            }
        }
        CustomerGroup.Transition t = m.group(from, to);
        CustomerFilter f = CustomerFilter.of(java.util.List.of(t));
        long[] times = new long[runs];
        int people = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            Selection s = a.aggregates().select(f, g -> m.members((CustomerGroup.Transition) g));
            people = a.summary(s).people();
            times[r] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("drop %s (%,d people): median %.1f ms, best %.1f ms, worst %.1f ms%n", t.id(), people,
                times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-42s median %.2f s, best %.2f s, worst %.2f s%n", what, sorted[sorted.length / 2] / 1e9,
                sorted[0] / 1e9, sorted[sorted.length - 1] / 1e9);
    }
}
