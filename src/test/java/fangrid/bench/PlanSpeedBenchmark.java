package fangrid.bench;

import fangrid.domain.PlanTierScheme;
import fangrid.domain.SalesPlan;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Plan speed (issue 15: plan tiers ≤ 10 s at 2 M customers), not a test. Changes the project (stores a plan, then
 * deletes it): run it on a copy.
 * <pre>
 * java -Xmx4g -cp … fangrid.bench.PlanSpeedBenchmark PROJECT-COPY
 * </pre>
 */
public final class PlanSpeedBenchmark {
    private PlanSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectSession s = ProjectSession.open(Path.of(args[0]))) {
            LocalDate asOf = s.analysis().asOf();
            LocalDate start = asOf.minusMonths(3).withDayOfMonth(1);
            System.out.printf("%s: %,d people, analysis date %s, plan start %s%n", Path.of(args[0]).getFileName(),
                    s.analysis().customers().size(), asOf, start);
            for (int run = 1; run <= 3; run++) {
                long t = System.nanoTime();
                s.planTiersFor(start, ProjectSession.DEFAULT_PLAN_MONTHS);
                long tiers = System.nanoTime() - t;
                t = System.nanoTime();
                SalesPlan plan = s.createPlan(start, ProjectSession.DEFAULT_PLAN_MONTHS, PlanTierScheme.DEFAULT_TIERS,
                        ProjectSession.DEFAULT_PLAN_MARGIN, StepProgress.NONE);
                long create = System.nanoTime() - t;
                t = System.nanoTime();
                s.planProgress(plan.id(), StepProgress.NONE);
                long progress = System.nanoTime() - t;
                System.out.printf("run %d: tiers as of the start %.2f s (%,d in tiers); create and store %.2f s;"
                        + " progress to the analysis date %.2f s%n", run, tiers / 1e9, plan.customers(), create / 1e9,
                        progress / 1e9);
                s.deletePlan(plan.id());
            }
        }
    }
}
