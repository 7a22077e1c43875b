package fangrid.domain;

/**
 * Rank-down protection (ランクダウン防止): a customer with two or more purchase occasions is at risk once the days
 * since their last purchase exceed {@code k} × their own median interval. Stored with the project.
 *
 * @param k the multiple of the median interval; 1.5 by default
 */
public record RankDownRule(double k) {
    public static final RankDownRule DEFAULT = new RankDownRule(1.5);
    /** "This week": those who cross the line within the next 7 days. */
    public static final int WEEK_DAYS = 7;

    public RankDownRule {
        if (!(k >= 1) || k > 10) {
            throw new IllegalArgumentException("the rank-down multiple must be between 1 and 10: " + k);
        }
    }

    /** Whether a customer {@code recencyDays} after their last purchase, with this median interval, is at risk. */
    public boolean atRisk(int recencyDays, double medianIntervalDays) {
        // k × median in binary can land a hair under a whole day (1.15 × 20 = 22.999…); the line itself is not over it
        return recencyDays > k * medianIntervalDays + 1e-9;
    }

    /**
     * Whether a customer not yet at risk crosses the line within {@link #WEEK_DAYS} days: on one of the next seven
     * days their days since the last purchase exceed k × the median interval.
     */
    public boolean crossesWithinWeek(int recencyDays, double medianIntervalDays) {
        return !atRisk(recencyDays, medianIntervalDays) && atRisk(recencyDays + WEEK_DAYS, medianIntervalDays);
    }
}
