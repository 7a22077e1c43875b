package fangrid.domain;

import java.time.LocalDate;

/**
 * How a project is analysed; stored with the project.
 *
 * @param asOf         the analysis date, or null for the default (the day after the latest transaction)
 * @param windowMonths only the last N months before the analysis date, or 0 for all history
 * @param thresholds   the grid's recency bands
 */
public record AnalysisSettings(LocalDate asOf, int windowMonths, GridThresholds thresholds) {
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(null, 0, GridThresholds.DEFAULT);

    public AnalysisSettings {
        if (windowMonths < 0) {
            throw new IllegalArgumentException("window must be 0 (all history) or a number of months: " + windowMonths);
        }
    }
}
