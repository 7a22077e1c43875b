package fangrid.analysis;

import java.time.LocalDate;

/**
 * The first-category KPI at one analysis date of the monthly trend (see {@link AnalysisService#firstCategoryTrend}).
 *
 * @param asOf          the analysis date: transactions and answers before it count
 * @param firstCategory people with usage 5 and favorability 6–7 at that date
 * @param base          the customer base at that date: the people known before it (a first order line, sign-up or
 *                      dated survey answer before it, or no dated fact at all); later newcomers are not yet counted
 * @param respondents   people who had answered the survey before it
 */
public record TrendPoint(LocalDate asOf, int firstCategory, int base, int respondents) {
    /** The last day the point covers (a month's last day, but for the latest point). */
    public LocalDate lastDay() {
        return asOf.minusDays(1);
    }

    /** Share (0–1) of the base. */
    public double shareOfBase() {
        return base == 0 ? 0 : (double) firstCategory / base;
    }

    /** Share (0–1) of the respondents. */
    public double shareOfRespondents() {
        return respondents == 0 ? 0 : (double) firstCategory / respondents;
    }
}
