package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.analysis.PlanPlacement;
import fangrid.domain.DataKind;
import fangrid.domain.GridCell;
import fangrid.domain.PlanTierScheme;
import fangrid.domain.SalesPlan;
import fangrid.domain.StepProgress;
import fangrid.importer.ImportService;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Issue 15's "Measured" figures for plan tiers (not a test), on UCI Online Retail by default:
 * <pre>
 * java -Xmx2g -cp … fangrid.bench.PlanBenchmark [PROJECT | --import FILE] [--margin 0.25]
 * </pre>
 * (a) at the 1st of each month from the 5th month of data, the share of the next 182 days' net sales (per customer,
 * negatives as 0) held by the top 20 % of the buyers at the date ranked by {@code expected_sales_period}, against
 * the R+F+M quintile sum, monetary alone and the future itself (ties at the cut count pro rata), with the plan's
 * forecast ({@link fangrid.analysis.IntervalForecast}) beside BG/NBD × Gamma-Gamma ({@link BgNbdPlanForecast});
 * (b) month-to-month plan tier changes when a plan is made at every 1st of a month with the hysteresis margin, against
 * the plain 3 × 3 grid cell; (c) the AUC of {@code expected_sales_period} (and of the R+F+M sum) for "buys in the
 * next 90 days". Without arguments the file at ../shared/data/online-retail is imported into a temporary project.
 */
public final class PlanBenchmark {
    private static final int FUTURE_DAYS = 182;
    private static final int BUY_DAYS = 90;

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double margin = ProjectSession.DEFAULT_PLAN_MARGIN;
        Path project = null;
        Path file = Path.of("../shared/data/online-retail/OnlineRetail.csv.gz");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--margin" -> margin = Double.parseDouble(args[++i]);
                case "--import" -> file = Path.of(args[++i]);
                default -> project = Path.of(args[i]);
            }
        }
        if (project == null) {
            project = Files.createTempDirectory("fangrid-plan-bench").resolve("bench.mv.db");
            try (Project p = Project.create(project)) {
                new ImportService().importFile(p, file, DataKind.TRANSACTIONS);
            }
        }
        try (ProjectSession s = ProjectSession.open(project)) {
            LocalDate last = s.analysis().asOf();
            LocalDate first = firstMonth(s);
            System.out.printf("%s: data from %s to %s (analysis date); margin %.2f%n", project.getFileName(), first,
                    last, margin);
            capture(s, first.plusMonths(4), last);
            stability(s, first.plusMonths(4), last, margin);
            auc(s, first.plusMonths(4), last);
        }
    }

    private static LocalDate firstMonth(ProjectSession s) throws Exception {
        CustomerTable t = s.analysis().customers();
        int oldest = 0;
        for (int i = 0; i < t.size(); i++) {
            oldest = Math.max(oldest, t.daysSinceFirstPurchase(i));
        }
        return s.analysis().asOf().minusDays(oldest).withDayOfMonth(1);
    }

    private static Analysis at(ProjectSession s, LocalDate d) throws Exception {
        return s.analyzeWith(s.settings().withAsOf(d).withWindowMonths(0));
    }

    /** (a) the top fifth's share of the next 182 days' net sales, negatives as 0. */
    private static void capture(ProjectSession s, LocalDate from, LocalDate last) throws Exception {
        System.out.println("(a) share of the next " + FUTURE_DAYS + " days' net sales held by the top 20 % of buyers");
        System.out.println("date        buyers  expected_sales_period  (BG/NBD×GG)  R+F+M  monetary  future");
        for (LocalDate d = from; !d.plusDays(FUTURE_DAYS).isAfter(last); d = d.plusMonths(1)) {
            Analysis atD = at(s, d);
            CustomerTable now = atD.customers();
            double[] bgnbd = new BgNbdPlanForecast().expectedSales(atD, FUTURE_DAYS);
            CustomerTable later = at(s, d.plusDays(FUTURE_DAYS)).customers();
            PlanPlacement p = s.planTiersFor(d, ProjectSession.DEFAULT_PLAN_MONTHS);
            int[] buyers = buyers(now);
            double[] future = new double[now.size()];
            for (int i : buyers) {
                future[i] = Math.max(later.monetary(i) - now.monetary(i), 0);
            }
            System.out.printf("%s  %6d  %20.1f %%  (%5.1f %%)  %5.1f %%  %6.1f %%  %5.1f %%%n", d,
                    buyers.length, 100 * topShareOf(buyers, p::expectedSales, future),
                    100 * topShareOf(buyers, i -> bgnbd[i], future),
                    100 * topShareOf(buyers, i -> rfmSum(now, i), future),
                    100 * topShareOf(buyers, now::monetary, future), 100 * topShareOf(buyers, i -> future[i], future));
        }
    }

    /** (b) plans made at every month's 1st, each against the one before, with the margin; and the plain grid. */
    private static void stability(ProjectSession s, LocalDate from, LocalDate last, double margin) throws Exception {
        System.out.println("(b) customers in another tier than a month before (of those tiered both times)");
        System.out.println("date        plan tier (margin)  plan tier (no margin)  3x3 grid cell");
        for (SalesPlan p : s.plans()) {
            s.deletePlan(p.id());
        }
        PlanPlacement previousPlain = null;
        CustomerTable previousGrid = null;
        for (LocalDate d = from; d.isBefore(last); d = d.plusMonths(1)) {
            SalesPlan plan = s.createPlan(d, ProjectSession.DEFAULT_PLAN_MONTHS, PlanTierScheme.DEFAULT_TIERS, margin,
                    StepProgress.NONE);
            PlanPlacement plain = s.planTiersFor(d, ProjectSession.DEFAULT_PLAN_MONTHS);
            CustomerTable grid = at(s, d).customers();
            if (previousPlain != null) {
                System.out.printf("%s  %6.1f %% (%d/%d)  %12.1f %%  %14.1f %%%n", d, 100.0 * plan.changed() / plan.carried(),
                        plan.changed(), plan.carried(), 100 * changedShare(previousPlain, plainTiers(s, d)),
                        100 * gridChanged(previousGrid, grid));
            }
            previousPlain = plainTiers(s, d);
            previousGrid = grid;
        }
        for (SalesPlan p : s.plans()) {
            s.deletePlan(p.id());
        }
    }

    /** Tiers at {@code d} as ranked, without hysteresis (the default tiers, no previous plan). */
    private static PlanPlacement plainTiers(ProjectSession s, LocalDate d) throws Exception {
        List<SalesPlan> stored = s.plans();
        // planTiersFor returns a stored plan when one starts at d; rank afresh by tiering its predictions
        PlanPlacement p = s.planTiersFor(d, ProjectSession.DEFAULT_PLAN_MONTHS);
        double[] expected = new double[p.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = p.expectedSales(i);
        }
        return stored.isEmpty() ? p : fangrid.analysis.PlanTiering.assign(expected, p.labels(), null, 0);
    }

    private static double changedShare(PlanPlacement before, PlanPlacement after) {
        return after.changesFrom(before).share();
    }

    private static double gridChanged(CustomerTable before, CustomerTable after) {
        int both = 0;
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            GridCell a = before.inBase(i) ? before.gridCell(i) : null;
            GridCell b = i < after.size() && after.inBase(i) ? after.gridCell(i) : null;
            if (a != null && b != null) {
                both++;
                if (!a.equals(b)) {
                    changed++;
                }
            }
        }
        return both == 0 ? 0 : (double) changed / both;
    }

    /** (c) AUC for "buys in the next 90 days" among the buyers at each date. */
    private static void auc(ProjectSession s, LocalDate from, LocalDate last) throws Exception {
        System.out.println("(c) AUC for buying in the next " + BUY_DAYS + " days");
        System.out.println("date        buyers  expected_sales_period  (BG/NBD×GG)  R+F+M sum  -days_overdue (repeat buyers)");
        for (LocalDate d = from; !d.plusDays(BUY_DAYS).isAfter(last); d = d.plusMonths(1)) {
            Analysis atD = at(s, d);
            CustomerTable now = atD.customers();
            double[] bgnbd = new BgNbdPlanForecast().expectedSales(atD, FUTURE_DAYS);
            CustomerTable later = at(s, d.plusDays(BUY_DAYS)).customers();
            PlanPlacement p = s.planTiersFor(d, ProjectSession.DEFAULT_PLAN_MONTHS);
            int[] buyers = buyers(now);
            boolean[] bought = new boolean[now.size()];
            for (int i : buyers) {
                bought[i] = later.frequency(i) > now.frequency(i);
            }
            int[] repeat = java.util.Arrays.stream(buyers).filter(i -> now.frequency(i) >= 2).toArray();
            System.out.printf("%s  %6d  %21.3f  (%8.3f)  %9.3f  %13.3f (%d)%n", d, buyers.length,
                    aucOf(buyers, p::expectedSales, bought), aucOf(buyers, i -> bgnbd[i], bought),
                    aucOf(buyers, i -> rfmSum(now, i), bought), aucOf(repeat, i -> -now.daysOverdue(i), bought),
                    repeat.length);
        }
    }

    private static int[] buyers(CustomerTable t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i) && t.frequency(i) > 0) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double rfmSum(CustomerTable t, int i) {
        return t.rScore(i) + t.fScore(i) + t.mScore(i);
    }

    /** The share of {@code future} held by the top fifth of {@code buyers} by {@code score}; a tie at the cut pro rata. */
    public static double topShareOf(int[] buyers, IntToDoubleFunction score, double[] future) {
        Integer[] order = Arrays.stream(buyers).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score.applyAsDouble(i)).reversed());
        double total = Arrays.stream(buyers).mapToDouble(i -> future[i]).sum();
        double slots = 0.2 * buyers.length;
        double held = 0;
        int k = 0;
        while (k < order.length && slots > 0) {
            int end = k;
            double tieSales = 0;
            while (end < order.length && score.applyAsDouble(order[end]) == score.applyAsDouble(order[k])) {
                tieSales += future[order[end]];
                end++;
            }
            double taken = Math.min(slots, end - k);
            held += tieSales * taken / (end - k);
            slots -= taken;
            k = end;
        }
        return total == 0 ? 0 : held / total;
    }

    /** The Mann–Whitney AUC of {@code score} for {@code positive}, ties counting half. */
    public static double aucOf(int[] buyers, IntToDoubleFunction score, boolean[] positive) {
        Integer[] order = Arrays.stream(buyers).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score.applyAsDouble(i)));
        double rankSum = 0;
        long positives = 0;
        int k = 0;
        while (k < order.length) {
            int end = k;
            while (end < order.length && score.applyAsDouble(order[end]) == score.applyAsDouble(order[k])) {
                end++;
            }
            double midRank = (k + 1 + end) / 2.0;
            for (int j = k; j < end; j++) {
                if (positive[order[j]]) {
                    rankSum += midRank;
                    positives++;
                }
            }
            k = end;
        }
        long negatives = order.length - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
