package fangrid.project;

import fangrid.analysis.Analysis;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.ProductCategories;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.ModelKind;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.ProjectException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the {@code analyze} command analyses: an open project ({@link ProjectSession}) or a file's order lines held in
 * memory ({@link FileAnalysis}). Both give the same analysis of the same lines.
 */
public interface AnalysisSource {
    /** The stored analysis settings (a file has the defaults). */
    AnalysisSettings settings() throws SQLException;

    /** An analysis with {@code settings}, storing nothing. */
    Analysis analyzeWith(AnalysisSettings settings) throws SQLException;

    /** The product categories (or brands) with their order lines, most lines first, uncategorised last. */
    List<ProductCategories.CategoryLines> categories() throws SQLException;

    /**
     * The category a user means by {@code name}: one of {@link #categories()} by its exact name, else (ignoring case)
     * "未分類" or "Uncategorised" for the lines without one; empty when there are no such lines.
     */
    default Optional<String> categoryNamed(String name) throws SQLException {
        List<ProductCategories.CategoryLines> known = categories();
        for (ProductCategories.CategoryLines c : known) {
            if (c.name().equals(name)) {
                return Optional.of(c.name());
            }
        }
        boolean uncategorised = name.equalsIgnoreCase("Uncategorised") || name.equals("未分類");
        return known.stream().filter(c -> uncategorised && c.isUncategorised()).map(c -> c.name()).findFirst();
    }

    /** The latest stored plan's tiers, else those a plan starting at {@code date} would get (not stored). */
    PlanPlacement latestPlanTiers(LocalDate date) throws SQLException;

    /** The stored plan starting at {@code start}, else the tiers a plan starting then would get (not stored). */
    PlanPlacement planTiersFor(LocalDate start, int months) throws SQLException;

    /** The purchase model {@code kind} and Gamma-Gamma fitted to the purchases before {@code asOf}, all history. */
    FittedModels fitModels(ModelKind kind, LocalDate asOf) throws SQLException, ProjectException;

    /**
     * The plan tiers of analysis {@code a}: {@link #latestPlanTiers(LocalDate)}'s for all products; for one category,
     * those its lines alone get (computed, never stored: a stored plan is the whole shop's).
     */
    PlanPlacement latestPlanTiers(Analysis a) throws SQLException;

    /** {@link #planTiersFor(LocalDate, int)}'s tiers, of {@code category}'s lines alone when it is not null. */
    PlanPlacement planTiersFor(LocalDate start, int months, String category) throws SQLException;

    /**
     * The models {@link #fitModels} fits, for analysis {@code a}: at its date, on its category's lines when it has
     * one, over all history whatever its window.
     */
    default FittedModels fitModelsOf(ModelKind kind, Analysis a) throws SQLException, ProjectException {
        if (!a.hasTransactions()) {
            throw new ProjectException("There are no transactions to fit a purchase model to: import some first.");
        }
        Analysis allHistory = a.settings().windowMonths() == 0 ? a
                : analyzeWith(a.settings().withAsOf(a.asOf()).withWindowMonths(0));
        return FittedModels.fit(allHistory, kind);
    }
}
