package fangrid.domain;

import java.time.LocalDate;

/**
 * How a project is analysed; stored with the project.
 *
 * @param asOf         the analysis date, or null for the default (the day after the latest transaction)
 * @param windowMonths only the last N months before the analysis date, or 0 for all history
 * @param thresholds   the grid's recency bands when {@code gridMode} is FIXED
 * @param gridMode     fixed thresholds or data-driven tertiles
 * @param activities   the communication activity of each grid cell
 * @param scoring      what the 5-level R/F/M scores count
 * @param rfmBreaks    the user's own score thresholds, or quintiles
 * @param rankDown     when a repeat customer is at risk of ranking down
 * @param cpm          the thresholds of the CPM cells
 * @param category     only the order lines of this product category (or brand), {@link #UNCATEGORISED} for the lines
 *                     without one, or null for all products; chosen per session, not stored with the project
 */
public record AnalysisSettings(LocalDate asOf, int windowMonths, GridThresholds thresholds, GridMode gridMode,
                               ActivityMapping activities, ScoringMode scoring, RfmBreaks rfmBreaks,
                               RankDownRule rankDown, CpmRules cpm, String category) {
    /** The {@link #category} of the order lines without a category: "未分類 / Uncategorised". */
    public static final String UNCATEGORISED = "";

    public static final AnalysisSettings DEFAULT = new AnalysisSettings(null, 0, GridThresholds.DEFAULT, GridMode.FIXED,
            ActivityMapping.DEFAULT, ScoringMode.FANGRID, RfmBreaks.QUINTILES, RankDownRule.DEFAULT,
            CpmRules.DEFAULT, null);

    public AnalysisSettings {
        if (windowMonths < 0) {
            throw new IllegalArgumentException("window must be 0 (all history) or a number of months: " + windowMonths);
        }
    }

    public AnalysisSettings withAsOf(LocalDate date) {
        return new AnalysisSettings(date, windowMonths, thresholds, gridMode, activities, scoring, rfmBreaks, rankDown,
                cpm, category);
    }

    public AnalysisSettings withWindowMonths(int months) {
        return new AnalysisSettings(asOf, months, thresholds, gridMode, activities, scoring, rfmBreaks, rankDown,
                cpm, category);
    }

    public AnalysisSettings withThresholds(GridThresholds t, GridMode mode) {
        return new AnalysisSettings(asOf, windowMonths, t, mode, activities, scoring, rfmBreaks, rankDown,
                cpm, category);
    }

    public AnalysisSettings withActivities(ActivityMapping mapping) {
        return new AnalysisSettings(asOf, windowMonths, thresholds, gridMode, mapping, scoring, rfmBreaks, rankDown,
                cpm, category);
    }

    public AnalysisSettings withScoring(ScoringMode mode) {
        return new AnalysisSettings(asOf, windowMonths, thresholds, gridMode, activities, mode, rfmBreaks, rankDown,
                cpm, category);
    }

    public AnalysisSettings withRfmBreaks(RfmBreaks breaks) {
        return new AnalysisSettings(asOf, windowMonths, thresholds, gridMode, activities, scoring, breaks, rankDown,
                cpm, category);
    }

    public AnalysisSettings withRankDown(RankDownRule rule) {
        return new AnalysisSettings(asOf, windowMonths, thresholds, gridMode, activities, scoring, rfmBreaks, rule,
                cpm, category);
    }

    public AnalysisSettings withCpm(CpmRules rules) {
        return new AnalysisSettings(asOf, windowMonths, thresholds, gridMode, activities, scoring, rfmBreaks, rankDown,
                rules, category);
    }

    /** These settings for the order lines of {@code name} only ({@link #UNCATEGORISED}, or null for all products). */
    public AnalysisSettings withCategory(String name) {
        return new AnalysisSettings(asOf, windowMonths, thresholds, gridMode, activities, scoring, rfmBreaks, rankDown,
                cpm, name);
    }
}
