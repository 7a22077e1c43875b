package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Issue 15's "Measured" (c) for rank-down protection (not a test), on UCI Online Retail by default:
 * <pre>
 * java -Xmx2g -cp … fangrid.bench.RankDownBenchmark [PROJECT | --import FILE]
 * </pre>
 * At the 1st of each month from the 5th month of data (while 90 days of data follow), the AUC for "buys in the next
 * 90 days" of: the rank-down ordering (repeat buyers by days overdue, fewest first, then one-time buyers by recency),
 * the same among repeat buyers only, the at-risk flag alone, days since the last purchase over the median interval
 * (repeat buyers, then everyone with one-time buyers after), the plain grid (R1 before R2 before R3, more purchases
 * first) and the R + F + M quintile sum. Ties count half (Mann–Whitney).
 */
public final class RankDownBenchmark {
    private static final int BUY_DAYS = 90;

    private RankDownBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = null;
        Path file = Path.of("../shared/data/online-retail/OnlineRetail.csv.gz");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--import")) {
                file = Path.of(args[++i]);
            } else {
                project = Path.of(args[i]);
            }
        }
        if (project == null) {
            project = Files.createTempDirectory("fangrid-rankdown-bench").resolve("bench.mv.db");
            try (Project p = Project.create(project)) {
                new ImportService().importFile(p, file, DataKind.TRANSACTIONS);
            }
        }
        try (ProjectSession s = ProjectSession.open(project)) {
            LocalDate last = s.analysis().asOf();
            CustomerTable now = s.analysis().customers();
            int oldest = 0;
            for (int i = 0; i < now.size(); i++) {
                oldest = Math.max(oldest, now.daysSinceFirstPurchase(i));
            }
            LocalDate first = last.minusDays(oldest).withDayOfMonth(1);
            System.out.printf("%s: data from %s to %s; AUC for \"buys in the next %d days\"%n", project.getFileName(),
                    first, last, BUY_DAYS);
            System.out.println("date        buyers  rate   rank-down  repeat-only  at-risk  ratio-repeat ratio-all    grid   R+F+M");
            double[] sums = new double[7];
            int months = 0;
            for (LocalDate d = first.plusMonths(4); !d.plusDays(BUY_DAYS).isAfter(last); d = d.plusMonths(1)) {
                double[] auc = month(s, d);
                for (int k = 0; k < sums.length; k++) {
                    sums[k] += auc[k];
                }
                months++;
            }
            System.out.printf("mean of %d months           %.3f      %.3f        %.3f    %.3f        %.3f        %.3f  %.3f%n",
                    months, sums[0] / months, sums[1] / months, sums[2] / months, sums[3] / months, sums[4] / months,
                    sums[5] / months, sums[6] / months);
        }
    }

    private static double[] month(ProjectSession s, LocalDate d) throws Exception {
        Analysis at = s.analyzeWith(s.settings().withAsOf(d).withWindowMonths(0));
        Analysis later = s.analyzeWith(s.settings().withAsOf(d.plusDays(BUY_DAYS)).withWindowMonths(0));
        CustomerTable t = at.customers();
        CustomerTable u = later.customers();
        int n = 0;
        int[] buyers = new int[t.size()];
        boolean[] bought = new boolean[t.size()];
        int positives = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i) && t.frequency(i) > 0) {
                buyers[n++] = i;
                bought[i] = u.frequency(i) > t.frequency(i);
                positives += bought[i] ? 1 : 0;
            }
        }
        int[] all = Arrays.copyOf(buyers, n);
        int[] repeat = Arrays.stream(all).filter(i -> t.frequency(i) >= 2).toArray();
        // the rank-down list's order as a likelihood to buy: least overdue first, one-time buyers after every repeat one
        IntToDoubleFunction rankDown = i -> t.frequency(i) >= 2 ? -t.daysOverdue(i) : -1e9 - t.recencyDays(i);
        double[] auc = {
                auc(all, bought, rankDown),
                auc(repeat, bought, i -> -t.daysOverdue(i)),
                auc(all, bought, i -> t.atRisk(i) ? 0 : 1),
                auc(repeat, bought, i -> -t.recencyDays(i) / Math.max(t.medianIntervalDays(i), 1)),
                auc(all, bought, i -> t.frequency(i) >= 2
                        ? -t.recencyDays(i) / Math.max(t.medianIntervalDays(i), 1) : -1e9 - t.recencyDays(i)),
                auc(all, bought, i -> -3 * t.gridCell(i).r() + t.gridCell(i).f()),
                auc(all, bought, i -> t.rScore(i) + t.fScore(i) + t.mScore(i))};
        System.out.printf("%s  %,6d  %4.1f%%  %.3f      %.3f        %.3f    %.3f        %.3f        %.3f  %.3f%n", d, n,
                100.0 * positives / n, auc[0], auc[1], auc[2], auc[3], auc[4], auc[5], auc[6]);
        return auc;
    }

    /** The Mann–Whitney AUC of {@code score} for {@code outcome} over {@code people}, ties counted half. */
    static double auc(int[] people, boolean[] outcome, IntToDoubleFunction score) {
        int n = people.length;
        double[] s = new double[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            s[k] = score.applyAsDouble(people[k]);
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(s[a], s[b]));
        double rankSum = 0;
        long pos = 0;
        for (int k = 0; k < n; ) {
            int j = k;
            while (j < n && s[order[j]] == s[order[k]]) {
                j++;
            }
            double midRank = (k + 1 + j) / 2.0;
            for (int m = k; m < j; m++) {
                if (outcome[people[order[m]]]) {
                    rankSum += midRank;
                    pos++;
                }
            }
            k = j;
        }
        long neg = n - pos;
        return pos == 0 || neg == 0 ? Double.NaN : (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }
}
