package fangrid.analysis;

/**
 * A transparent period-sales prediction from each buyer's own purchase intervals, for plans: Pareto/NBD's
 * conditional expectation with the rates plugged in rather than fitted. A customer's purchase rate is their repeat
 * occasions over their tenure, shrunk toward the base's rate by {@value #PRIOR_DAYS} days of the base's behaviour
 * (so a one-time buyer gets a small rate that falls the longer they stay away); the chance they are still a customer
 * falls as their silence grows against that rate; their order value is their mean net order value shrunk toward the
 * base's by {@value #PRIOR_ORDERS} orders. Net sales count returns; a negative mean counts as nothing.
 */
public final class IntervalForecast implements PeriodSalesForecast {
    /** How many days of the base's repeat rate weigh against a customer's own history. */
    static final double PRIOR_DAYS = 30;
    /** How many of the base's average orders weigh against a customer's own order values. */
    static final double PRIOR_ORDERS = 0.5;
    /** The rate at which customers leave for good: once in {@value #LIFETIME_DAYS} days on average. */
    static final double LIFETIME_DAYS = 730;

    @Override
    public String method() {
        return "interval rate (shrunk to the base over " + (int) PRIOR_DAYS + " days) × chance still active"
                + " (lifetime " + (int) LIFETIME_DAYS + " days) × mean net order value (shrunk over " + PRIOR_ORDERS
                + " orders)";
    }

    @Override
    public double[] expectedSales(Analysis atStart, int days) {
        return expectedSales(atStart.columns(), days);
    }

    /** As {@link #expectedSales(Analysis, int)}, from the columns alone (a plan needs no grid, scores or aggregates). */
    public double[] expectedSales(CustomerColumns c, int days) {
        double repeats = 0;
        double tenure = 0;
        double sales = 0;
        double occasions = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.inBase[i] && c.frequency[i] > 0) {
                repeats += c.frequency[i] - 1;
                tenure += Math.max(c.daysSinceFirst[i], 1);
                sales += c.monetary[i];
                occasions += c.frequency[i];
            }
        }
        double baseRate = tenure == 0 ? 0 : repeats / tenure;
        double baseValue = occasions == 0 ? 0 : Math.max(sales / occasions, 0);
        double mu = 1 / LIFETIME_DAYS;
        double[] out = new double[c.size];
        for (int i = 0; i < c.size; i++) {
            if (!c.inBase[i] || c.frequency[i] <= 0) {
                out[i] = Double.NaN;
                continue;
            }
            int n = c.frequency[i];
            double rate = (n - 1 + baseRate * PRIOR_DAYS) / (Math.max(c.daysSinceFirst[i], 1) + PRIOR_DAYS);
            double silence = Math.max(c.recencyDays[i], 0);
            double alive = 1 / (1 + mu / (rate + mu) * Math.expm1(Math.min((rate + mu) * silence, 700)));
            double purchases = alive * rate / mu * -Math.expm1(-mu * days);
            double value = Math.max((c.monetary[i] + PRIOR_ORDERS * baseValue) / (n + PRIOR_ORDERS), 0);
            out[i] = purchases * value;
        }
        return out;
    }
}
