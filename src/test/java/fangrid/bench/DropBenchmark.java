package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerRows;
import fangrid.domain.CustomerFilter;
import fangrid.store.Project;
import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.selection.Selection;

/**
 * What a drop costs off the FX thread (not a test): for a dropped filter, the customers it selects, every
 * aggregate the grid, matrix and charts show, segment detail's figures and its customer rows — the work
 * {@code CrossFilter} and {@code SegmentDetailModel} do before the views update.
 * <pre>
 * java -Xmx2g -cp … fangrid.bench.DropBenchmark PROJECT [FILTER ...]
 * </pre>
 * PROJECT: e.g. the 20 M-line project {@code AnalysisBenchmark --generate 20000000 2000000} leaves in the temp folder.
 */
public final class DropBenchmark {
    private static final int RUNS = 15;

    private DropBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String[] filters = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"R1F3", "R3F1", "R1F1+R1F2+R2F1", "R3F1&D10", "heavy", "one-time"};
        try (Project p = Project.open(Path.of(args[0]))) {
            Analysis a = new AnalysisService().analyze(p);
            System.out.printf("%,d people%n", a.summary().people());
            for (String text : filters) {
                CustomerFilter f = CustomerFilter.parse(text);
                long[] times = new long[RUNS];
                int people = 0;
                for (int run = 0; run < RUNS; run++) {
                    long t = System.nanoTime();
                    Selection s = a.aggregates().select(f, id -> null);
                    people = a.summary(s).people();
                    a.stats(s);
                    CustomerRows.of(a.customers(), s);
                    times[run] = System.nanoTime() - t;
                }
                Arrays.sort(times);
                System.out.printf("drop %-16s %,10d people: median %6.1f ms, best %6.1f ms, worst %6.1f ms%n", text,
                        people, times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6);
            }
        }
    }
}
