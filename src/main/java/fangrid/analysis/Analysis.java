package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import java.time.LocalDate;

/**
 * One analysis of a project at one date: its settings, the per-customer columns and their aggregates.
 * Immutable; a new analysis replaces it when the data or settings change.
 */
public record Analysis(String projectName, AnalysisSettings settings, LocalDate asOf, Aggregates aggregates) {
    /** Whether the project has any transactions to analyse. */
    public boolean hasTransactions() {
        return asOf != null;
    }

    public GridSummary grid() {
        return aggregates.grid(settings.thresholds(), null);
    }

    public MatrixSummary matrix() {
        return aggregates.matrix(null);
    }

    /** Customers per communication activity, indexed 1–4. */
    public int[] activityCustomers() {
        return aggregates.activityCustomers(settings.thresholds(), null);
    }

    public FirstCategorySummary firstCategory() {
        return aggregates.firstCategory(null);
    }
}
