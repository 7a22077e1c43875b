package fangrid.analysis;

import fangrid.domain.MigrationAxis;
import fangrid.domain.SummaryOnlyException;
import fangrid.store.CustomerSummaryStore;
import fangrid.store.Project;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Migrations between analysis dates of one project: the transition matrix, what changed, and each state's size at
 * past month ends. The orders are read once per analysis and kept for the next question about it.
 */
public final class MigrationService {
    private Analysis readFor;
    private MigrationHistory history;

    /**
     * The matrix of states from {@code from} to {@code to}, both analysis dates no later than {@code analysis}'s own,
     * {@code from} before {@code to}; it uses the analysis's settings (recency bands, activities, window).
     */
    public Migration migration(Project project, Analysis analysis, LocalDate from, LocalDate to, MigrationAxis axis)
            throws SQLException {
        checkDates(analysis, from, to);
        if (axis == MigrationAxis.PLAN) {
            throw new IllegalArgumentException("a migration by plan tier needs the tiers at both dates");
        }
        MigrationHistory h = history(project, analysis);
        return new Migration(axis, axis.states(0), from, to, h.states(from, axis), h.states(to, axis), h.sales(from, to));
    }

    /** The plan tiers in force at a date. */
    @FunctionalInterface
    public interface TiersAt {
        PlanPlacement at(LocalDate date) throws SQLException;
    }

    /**
     * The matrix of plan tiers from {@code from} to {@code to}: each customer's tier in force at each date (from
     * {@code tiers}), "no purchase" for customers of the base without a tier.
     */
    public Migration migration(Project project, Analysis analysis, LocalDate from, LocalDate to, TiersAt tiers)
            throws SQLException {
        checkDates(analysis, from, to);
        PlanPlacement fromTiers = tiers.at(from);
        PlanPlacement toTiers = tiers.at(to);
        MigrationHistory h = history(project, analysis);
        int tierCount = Math.max(fromTiers.tierCount(), toTiers.tierCount());
        return new Migration(MigrationAxis.PLAN, MigrationAxis.PLAN.states(tierCount), from, to,
                tiered(h.states(from, MigrationAxis.GRID), fromTiers), tiered(h.states(to, MigrationAxis.GRID), toTiers),
                h.sales(from, to));
    }

    /** Customers of the base in their plan tier (state 1 + tier) or, without one, in "no purchase". */
    private static byte[] tiered(byte[] gridStates, PlanPlacement tiers) {
        for (int i = 0; i < gridStates.length; i++) {
            if (gridStates[i] >= MigrationHistory.NO_PURCHASE) {
                int t = tiers.tier(i);
                gridStates[i] = (byte) (t > 0 ? 1 + t : MigrationHistory.NO_PURCHASE);
            }
        }
        return gridStates;
    }

    /** What changed from {@code from} to {@code to}: see {@link MigrationNews}; {@code grid} is that migration. */
    public MigrationNews news(Project project, Analysis analysis, Migration grid) throws SQLException {
        List<MigrationNews.Move> moves = new ArrayList<>();
        List<String> states = grid.states();
        for (int a = 1; a < states.size(); a++) {
            for (int b = 1; b < states.size(); b++) {
                if (a != b && grid.customers(a, b) > 0) {
                    moves.add(new MigrationNews.Move(states.get(a), states.get(b), grid.customers(a, b)));
                }
            }
        }
        moves.sort(Comparator.comparingInt(MigrationNews.Move::customers).reversed());
        CustomerColumns cols = analysis.columns();
        FirstCategoryTrend trend = new FirstCategoryTrend(cols, SurveyHistory.read(project.connection(), cols.asOf));
        boolean[] before = trend.members(grid.from());
        boolean[] after = trend.members(grid.to());
        int firstFrom = 0;
        int firstTo = 0;
        int entered = 0;
        int left = 0;
        for (int i = 0; i < before.length; i++) {
            firstFrom += before[i] ? 1 : 0;
            firstTo += after[i] ? 1 : 0;
            entered += after[i] && !before[i] ? 1 : 0;
            left += before[i] && !after[i] ? 1 : 0;
        }
        int newCustomers = grid.rowTotal(0);
        return new MigrationNews(grid.from(), grid.to(), grid.base() - newCustomers, grid.base(), newCustomers,
                moves.subList(0, Math.min(3, moves.size())), firstFrom, firstTo, entered, left);
    }

    /**
     * Each state's customers at {@code months} analysis dates up to {@code analysis}'s own: the first days of the
     * months before it (each covering up to a month's end, as the first-category trend) and the analysis date.
     */
    public MigrationSnapshots snapshots(Project project, Analysis analysis, MigrationAxis axis, int months,
                                        MigrationProgress progress) throws SQLException {
        if (axis == MigrationAxis.PLAN) {
            throw new IllegalArgumentException("month ends are counted by grid or activity, not by plan tier");
        }
        List<LocalDate> dates = FirstCategoryTrend.dates(analysis.asOf(), months);
        MigrationHistory h = history(project, analysis);
        progress.done(1, dates.size() + 1);
        List<String> states = axis.states(0);
        int[][] counts = new int[states.size()][dates.size()];
        for (int d = 0; d < dates.size(); d++) {
            for (byte s : h.states(dates.get(d), axis)) {
                if (s >= 0) {
                    counts[s][d]++;
                }
            }
            progress.done(d + 2, dates.size() + 1);
        }
        return new MigrationSnapshots(axis, dates, states, counts);
    }

    private MigrationHistory history(Project project, Analysis analysis) throws SQLException {
        Optional<CustomerSummaryStore.Held> summary = new CustomerSummaryStore(project.connection()).held();
        if (summary.isPresent()) {
            throw new SummaryOnlyException(SummaryOnlyException.Asked.HISTORY, summary.get().asOf(), null);
        }
        if (readFor != analysis) {
            history = null;
            history = MigrationHistory.read(project.connection(), analysis.columns(), analysis.settings());
            readFor = analysis;
        }
        return history;
    }

    private static void checkDates(Analysis analysis, LocalDate from, LocalDate to) {
        if (!analysis.hasTransactions()) {
            throw new IllegalArgumentException("the project has no transactions: there is nothing to migrate");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the first date (" + from + ") must come before the second (" + to + ")");
        }
        if (to.isAfter(analysis.asOf())) {
            throw new IllegalArgumentException("the second date (" + to + ") is after the analysis date ("
                    + analysis.asOf() + "): set the analysis date to it or later first");
        }
    }
}
