package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.PlanProgress;
import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.domain.SalesPlan;
import fangrid.domain.StepProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Six-month plans through the session: fixed tiers, progress since the start, kept across imports and undo. */
class PlanSessionTest {
    private static final LocalDate START = LocalDate.of(2024, 6, 1);
    private static final String BEFORE = """
            顧客ID,注文番号,購入日,金額
            A,1,2024/01/05,1000
            A,2,2024/03/05,2000
            A,3,2024/05/20,3000
            B,4,2024/05/01,500
            C,5,2023/06/01,700
            """;
    private static final String AFTER = """
            顧客ID,注文番号,購入日,金額
            A,6,2024/07/10,1500
            D,7,2024/07/01,900
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int index(ProjectSession s, String id) throws Exception {
        Analysis a = s.analysis();
        for (int i = 0; i < a.customers().size(); i++) {
            if (id.equals(a.customerId(i))) {
                return i;
            }
        }
        throw new AssertionError("no customer " + id);
    }

    private static void importText(ProjectSession s, Path f) throws Exception {
        s.importFile(f, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
    }

    @Test
    void aPlanFixesTiersAtItsStartAndCountsWhoBoughtSinceAgainstThePrediction() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            importText(s, file("before.csv", BEFORE));
            // 4 tiers: top 5 %, to 20 %, to 50 %, the rest; places of A, B, C: 0, 1/3, 2/3
            SalesPlan plan = s.createPlan(START, 6, 4, 0.5, StepProgress.NONE);
            assertEquals(-1, plan.changed(), "the first plan has no previous one");
            assertEquals(LocalDate.of(2024, 12, 1), plan.end());
            importText(s, file("after.csv", AFTER));

            PlanPlacement tiers = s.planTiers(plan.id());
            assertEquals(1, tiers.tier(index(s, "A")));
            assertEquals(3, tiers.tier(index(s, "B")), "a recent one-time buyer ranks above a year-silent one");
            assertEquals(4, tiers.tier(index(s, "C")));
            assertEquals(0, tiers.tier(index(s, "D")), "not a buyer at the start: no tier, whatever they buy later");
            assertTrue(tiers.expectedSales(index(s, "C")) > 0, "a one-time buyer is shrunk toward the base, not zero");

            PlanProgress progress = s.planProgress(plan.id(), StepProgress.NONE);
            assertEquals(LocalDate.of(2024, 7, 11), progress.asOf());
            PlanProgress.Tier top = progress.tiers().get(0);
            assertEquals(1, top.customers());
            assertEquals(1, top.bought());
            assertEquals(1500, top.netSales(), 1e-9);
            assertEquals(0, top.notBought().size());
            PlanProgress.Tier third = progress.tiers().get(2);
            assertEquals(0, third.bought());
            assertTrue(third.notBought().contains(index(s, "B")), "B has not bought since the start");
            assertEquals(1, s.plans().size(), "a new import leaves the plan as it was");
        }
    }

    @Test
    void theNextPlanCountsWhoChangedTierAndAReplacedOrDeletedPlanIsGone() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            importText(s, file("before.csv", BEFORE));
            importText(s, file("after.csv", AFTER));
            s.createPlan(START, 6, 4, 0.5, StepProgress.NONE);
            SalesPlan next = s.createPlan(START.plusMonths(2), 6, 4, 0.5, StepProgress.NONE);
            assertEquals(3, next.carried(), "A, B and C were tiered in both plans");
            assertEquals(2, s.plans().size());
            assertEquals(START.plusMonths(2), s.plans().get(0).start(), "latest start first");
            SalesPlan replaced = s.createPlan(START.plusMonths(2), 3, 5, 0.5, StepProgress.NONE);
            assertEquals(2, s.plans().size(), "the same start date replaces the plan");
            assertEquals(3, s.plans().get(0).months());
            s.deletePlan(replaced.id());
            assertEquals(1, s.plans().size());
        }
    }

    @Test
    void anUndoneImportTakesItsPeopleOutOfPlansAndACancelledPlanStoresNothing() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            importText(s, file("before.csv", BEFORE));
            importText(s, file("e.csv", "顧客ID,注文番号,購入日,金額\nE,9,2024/04/01,800\n"));
            SalesPlan plan = s.createPlan(START, 6, 4, 0.5, StepProgress.NONE);
            assertEquals(4, s.planTiers(plan.id()).labels().size());
            assertEquals(4, plan.customers());
            s.undoImport(s.imports().get(1).id());
            assertEquals(3, s.plans().get(0).customers(), "E left the project and the plan");

            StepProgress cancelled = new StepProgress() {
                @Override
                public void step(int done, int total) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(CancellationException.class, () -> s.createPlan(START.plusMonths(1), 6, 4, 0.5, cancelled));
            assertEquals(1, s.plans().size());
        }
    }
}
