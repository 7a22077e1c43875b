package fangrid.analysis.predict;

/**
 * What the per-customer scores look ahead to.
 *
 * @param purchaseDays  the horizon of the expected purchases, in days
 * @param clvMonths     the horizon of the lifetime value, in months of {@link CustomerLifetimeValue#DAYS_PER_MONTH}
 * @param monthlyDiscount the lifetime value's discount rate per month (0.01 = 1 %)
 */
public record ScoreOptions(int purchaseDays, int clvMonths, double monthlyDiscount) {
    /** 90 days; 12 months at 1 % a month, as lifetimes' example. */
    public static final ScoreOptions DEFAULT = new ScoreOptions(90, 12, 0.01);
}
