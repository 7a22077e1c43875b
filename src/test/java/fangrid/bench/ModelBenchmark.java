package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.predict.CustomerHistories;
import fangrid.analysis.predict.CustomerScores;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.ModelKind;
import fangrid.analysis.predict.PurchaseFit;
import fangrid.analysis.predict.PurchaseHistories;
import fangrid.analysis.predict.SpendFit;
import fangrid.analysis.predict.ScoreOptions;
import fangrid.store.Project;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Purchase-model benchmark (not a test): the BG/NBD, Pareto/NBD and Gamma-Gamma fits and the per-customer scores,
 * median of RUNS, on a project's buyers or on customers drawn from a BG/NBD process in days (two years of history).
 * <pre>
 * java -Xmx3g -cp … fangrid.bench.ModelBenchmark (PROJECT | --synthetic CUSTOMERS) [RUNS]
 * </pre>
 */
public final class ModelBenchmark {
    private ModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : args.length == 2 && !args[0].startsWith("--")
                ? Integer.parseInt(args[1]) : 3;
        PurchaseHistories h = args[0].equals("--synthetic") ? synthetic(Integer.parseInt(args[1])) : load(Path.of(args[0]));
        System.out.printf("%,d buyers%n", h.buyers());
        System.out.printf("Gamma-Gamma fit alone: median %.2f s%n", median(runs, () -> SpendFit.fit(h)) / 1e3);
        for (ModelKind kind : ModelKind.values()) {
            PurchaseFit[] alone = new PurchaseFit[1];
            System.out.printf("%s fit alone: median %.2f s%n", kind.id(),
                    median(runs, () -> alone[0] = PurchaseFit.fit(kind, h)) / 1e3);
            System.out.printf("  %d likelihood evaluations%n", alone[0].evaluations());
            FittedModels[] fit = new FittedModels[1];
            double fitMs = median(runs, () -> fit[0] = FittedModels.fit(h, kind, null));
            System.out.printf("%s fit (with Gamma-Gamma): median %.2f s of %d; %,d groups; %s; ll %.1f; %s%n", kind.id(),
                    fitMs / 1e3, runs, fit[0].groups(), Arrays.toString(fit[0].purchases().model().parameters()),
                    fit[0].purchases().logLikelihood(), fit[0].assessment().degenerate()
                            ? "degenerate: " + fit[0].assessment().reason() : "sound");
            double scoreMs = median(runs, () -> CustomerScores.of(fit[0], ScoreOptions.DEFAULT));
            System.out.printf("%s scores (P(alive), 90 days, order value, 12-month CLV): median %.2f s%n", kind.id(),
                    scoreMs / 1e3);
        }
    }

    private static PurchaseHistories load(Path project) throws Exception {
        try (Project p = Project.open(project)) {
            long t = System.nanoTime();
            Analysis a = new AnalysisService().analyze(p);
            System.out.printf("analysis: %.2f s%n", (System.nanoTime() - t) / 1e9);
            return CustomerHistories.of(a);
        }
    }

    /** Customers of a BG/NBD process (r 0.25, α 40 days, a 0.8, b 2.4), first purchases spread over two years. */
    static PurchaseHistories synthetic(int n) {
        Well19937c random = new Well19937c(16);
        GammaDistribution rates = new GammaDistribution(random, 0.25, 1 / 40.0);
        BetaDistribution dropouts = new BetaDistribution(random, 0.8, 2.4);
        boolean[] included = new boolean[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            included[i] = true;
            age[i] = random.nextInt(730);
            double lambda = rates.sample();
            double p = dropouts.sample();
            double t = 0;
            // BG/NBD: alive after the first purchase, dropping out after a repeat one with probability p
            do {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t > age[i]) {
                    break;
                }
                x[i]++;
                tx[i] = Math.floor(t);
            } while (random.nextDouble() >= p);
            spend[i] = x[i] > 0 ? 20 + 30 * random.nextDouble() : 0;
        }
        return new PurchaseHistories(included, x, tx, age, spend);
    }

    /**
     * The median wall time of {@code runs} runs in ms; also prints the process's CPU time of the median run, which
     * tells what two idle cores would take when other processes share them.
     */
    private static double median(int runs, Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c = os.getProcessCpuTime();
            long t = System.nanoTime();
            work.run();
            ms[r] = (System.nanoTime() - t) / 1e6;
            cpu[r] = (os.getProcessCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("  (CPU time: median %.2f s)%n", cpu[runs / 2] / 1e3);
        return ms[runs / 2];
    }
}
