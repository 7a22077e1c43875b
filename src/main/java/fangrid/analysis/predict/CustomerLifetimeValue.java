package fangrid.analysis.predict;

/**
 * lifetimes' {@code customer_lifetime_value}: the expected purchases of each month of the horizon, times the
 * expected order value, discounted monthly.
 */
public final class CustomerLifetimeValue {
    /** lifetimes' month in days. */
    public static final double DAYS_PER_MONTH = 30;

    private CustomerLifetimeValue() {
    }

    /**
     * @param unitsPerMonth the model's time units in a month (30 for days; lifetimes uses 4.345 for weeks)
     * @param months        the horizon in months
     * @param discountRate  per month (0.01 = 1 %)
     */
    public static double of(PurchaseModel model, int x, double tx, double age, double orderValue,
                            double unitsPerMonth, int months, double discountRate) {
        double clv = 0;
        double before = 0;
        for (int m = 1; m <= months; m++) {
            double upTo = model.expectedPurchases(m * unitsPerMonth, x, tx, age);
            clv += orderValue * (upTo - before) / Math.pow(1 + discountRate, m);
            before = upTo;
        }
        return clv;
    }
}
