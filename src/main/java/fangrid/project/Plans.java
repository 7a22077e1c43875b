package fangrid.project;

import fangrid.analysis.CustomerColumns;
import fangrid.analysis.CustomerColumnsLoader;
import fangrid.analysis.IntervalForecast;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.PlanProgress;
import fangrid.analysis.PlanTiering;
import fangrid.domain.PlanTierLabel;
import fangrid.domain.PlanTierScheme;
import fangrid.domain.SalesPlan;
import fangrid.domain.StepProgress;
import fangrid.store.PlanRepository;
import fangrid.store.Project;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The rules of six-month plans, for {@link ProjectSession}: a plan's tiers come from the customers' predicted net
 * sales over the period as of its start (all history before it, whatever the analysis window), with hysteresis
 * against the plan before it; they are stored and stay fixed.
 */
final class Plans {
    private final Project project;
    private final IntervalForecast forecast = new IntervalForecast();

    Plans(Project project) {
        this.project = project;
    }

    List<SalesPlan> list() throws SQLException {
        return project.plans().list();
    }

    /** The tiering a plan starting at {@code start} gets, with the plan before it (if any) as the previous period. */
    Computed compute(LocalDate start, int months, int tierCount, double margin, StepProgress progress)
            throws SQLException {
        return compute(start, months, tierCount, margin, progress, null);
    }

    /**
     * @param category the tiering of this category's lines alone (null: the shop's); a stored plan is the whole
     *                 shop's, so a category's tiering has no plan before it
     */
    private Computed compute(LocalDate start, int months, int tierCount, double margin, StepProgress progress,
                             String category) throws SQLException {
        List<PlanTierLabel> labels = PlanTierScheme.of(tierCount);
        if (months < 1) {
            throw new IllegalArgumentException("a plan lasts at least one month, not " + months);
        }
        progress.step(0, 3);
        CustomerColumns atStart = new CustomerColumnsLoader().load(project.connection(), start, 0, category);
        checkCancelled(progress);
        progress.step(1, 3);
        double[] expected = expectedSales(forecast, atStart, start, months);
        Optional<SalesPlan> before = category != null ? Optional.empty()
                : list().stream().filter(p -> p.start().isBefore(start)).findFirst();
        PlanPlacement previous = before.isPresent() ? placement(before.get().id()) : null;
        checkCancelled(progress);
        progress.step(2, 3);
        PlanPlacement placement = PlanTiering.assign(expected, labels, previous, margin);
        PlanPlacement.Changes changes = previous == null ? null : placement.changesFrom(previous);
        return new Computed(toPlan(start, months, margin, placement, changes), placement);
    }

    /**
     * The default tiers a plan starting at {@code start} would get where no plan is stored: as {@link #compute} with
     * the default tiers and margin and no plan before it, from the columns {@code atStart}.
     */
    static PlanPlacement unstoredTiers(CustomerColumns atStart, LocalDate start, int months) {
        return PlanTiering.assign(expectedSales(new IntervalForecast(), atStart, start, months),
                PlanTierScheme.of(PlanTierScheme.DEFAULT_TIERS), null, ProjectSession.DEFAULT_PLAN_MARGIN);
    }

    private static double[] expectedSales(IntervalForecast forecast, CustomerColumns atStart, LocalDate start,
                                          int months) {
        return forecast.expectedSales(atStart, (int) ChronoUnit.DAYS.between(start, start.plusMonths(months)));
    }

    /** A computed plan, not yet stored. */
    record Computed(SalesPlan plan, PlanPlacement placement) {
    }

    SalesPlan create(LocalDate start, int months, int tierCount, double margin, StepProgress progress)
            throws SQLException {
        Computed c = compute(start, months, tierCount, margin, progress);
        checkCancelled(progress);
        byte[] tiers = new byte[c.placement().size()];
        double[] expected = new double[tiers.length];
        for (int i = 0; i < tiers.length; i++) {
            tiers[i] = (byte) c.placement().tier(i);
            expected[i] = c.placement().expectedSales(i);
        }
        SalesPlan stored = project.plans().save(c.plan(), tiers, expected);
        progress.step(3, 3);
        return stored;
    }

    PlanPlacement placement(long planId) throws SQLException {
        PlanRepository.Stored s = project.plans().load(planId)
                .orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
        List<PlanTierLabel> labels = new ArrayList<>();
        double[] lowest = new double[s.plan().tiers().size()];
        for (SalesPlan.Tier t : s.plan().tiers()) {
            labels.add(t.label());
            lowest[t.number() - 1] = t.lowestExpected();
        }
        return new PlanPlacement(s.tiers(), s.expected(), labels, lowest);
    }

    /** The plan's tiers counted from its start to {@code asOf} (at most its end). */
    PlanProgress progress(long planId, LocalDate asOf, StepProgress progress) throws SQLException {
        SalesPlan plan = project.plans().get(planId).orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
        progress.step(0, 3);
        PlanPlacement placement = placement(planId);
        CustomerColumns atStart = allHistoryAt(plan.start());
        checkCancelled(progress);
        progress.step(1, 3);
        LocalDate to = asOf.isAfter(plan.end()) ? plan.end() : asOf.isBefore(plan.start()) ? plan.start() : asOf;
        CustomerColumns now = allHistoryAt(to);
        progress.step(3, 3);
        return PlanProgress.of(placement, atStart, now);
    }

    /** The stored plan starting at {@code start}, else the tiering a plan starting then would get (not stored). */
    PlanPlacement tiersFor(LocalDate start, int months) throws SQLException {
        for (SalesPlan p : list()) {
            if (p.start().equals(start)) {
                return placement(p.id());
            }
        }
        return compute(start, months, PlanTierScheme.DEFAULT_TIERS, ProjectSession.DEFAULT_PLAN_MARGIN,
                StepProgress.NONE).placement();
    }

    /** The latest stored plan starting on or before {@code date}, else the tiers a plan starting at it would get. */
    PlanPlacement tiersAt(LocalDate date) throws SQLException {
        Optional<PlanPlacement> stored = storedAt(date);
        return stored.isPresent() ? stored.get() : tiersFor(date, ProjectSession.DEFAULT_PLAN_MONTHS);
    }

    /** The latest stored plan starting on or before {@code date}, if any. */
    Optional<PlanPlacement> storedAt(LocalDate date) throws SQLException {
        for (SalesPlan p : list()) {
            if (!p.start().isAfter(date)) {
                return Optional.of(placement(p.id()));
            }
        }
        return Optional.empty();
    }

    /** The latest stored plan, else the tiers a plan starting at {@code date} would get. */
    PlanPlacement latestOr(LocalDate date) throws SQLException {
        List<SalesPlan> all = list();
        return all.isEmpty() ? tiersFor(date, ProjectSession.DEFAULT_PLAN_MONTHS) : placement(all.get(0).id());
    }

    /**
     * The tiers of {@code category}'s lines alone: those the latest stored plan's period, tier count and margin would
     * give them, else those of a default plan starting at {@code date}; computed, never stored.
     */
    PlanPlacement latestOr(LocalDate date, String category) throws SQLException {
        List<SalesPlan> all = list();
        if (all.isEmpty()) {
            return tiersFor(date, ProjectSession.DEFAULT_PLAN_MONTHS, category);
        }
        SalesPlan latest = all.get(0);
        return compute(latest.start(), latest.months(), latest.tiers().size(), latest.margin(), StepProgress.NONE,
                category).placement();
    }

    /** The tiers a default plan of {@code category}'s lines alone starting at {@code start} would get; not stored. */
    PlanPlacement tiersFor(LocalDate start, int months, String category) throws SQLException {
        return compute(start, months, PlanTierScheme.DEFAULT_TIERS, ProjectSession.DEFAULT_PLAN_MARGIN,
                StepProgress.NONE, category).placement();
    }

    /** The per-customer columns of all history before {@code date}: all a plan reads, without grid or scores. */
    private CustomerColumns allHistoryAt(LocalDate date) throws SQLException {
        return new CustomerColumnsLoader().load(project.connection(), date, 0, null);
    }

    private SalesPlan toPlan(LocalDate start, int months, double margin, PlanPlacement placement,
                                    PlanPlacement.Changes changes) {
        int k = placement.tierCount();
        int[] customers = new int[k];
        double[] expected = new double[k];
        for (int i = 0; i < placement.size(); i++) {
            int t = placement.tier(i);
            if (t > 0) {
                customers[t - 1]++;
                expected[t - 1] += placement.expectedSales(i);
            }
        }
        List<SalesPlan.Tier> tiers = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            tiers.add(new SalesPlan.Tier(t + 1, placement.labels().get(t), placement.lowestExpected(t + 1),
                    customers[t], expected[t]));
        }
        return new SalesPlan(0, start, months, margin, forecast.method(), tiers,
                changes == null ? -1 : changes.changed(), changes == null ? 0 : changes.carried(), null);
    }

    private static void checkCancelled(StepProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("plan cancelled");
        }
    }
}
