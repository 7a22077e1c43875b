package fangrid.analysis.predict;

import java.util.Arrays;

/**
 * Every customer's scores by index (customer key − 1): P(alive), expected purchases over the next days, expected
 * order value and lifetime value; NaN for people the models do not score (no purchase before the date).
 */
public final class CustomerScores {
    private final FittedModels models;
    private final ScoreOptions options;
    private final double[] pAlive;
    private final double[] expectedPurchases;
    private final double[] orderValue;
    private final double[] clv;

    private CustomerScores(FittedModels models, ScoreOptions options, double[] pAlive, double[] expectedPurchases,
                           double[] orderValue, double[] clv) {
        this.models = models;
        this.options = options;
        this.pAlive = pAlive;
        this.expectedPurchases = expectedPurchases;
        this.orderValue = orderValue;
        this.clv = clv;
    }

    /** Scores every customer of {@code models}' histories. */
    public static CustomerScores of(FittedModels models, ScoreOptions options) {
        double[] aliveByGroup = models.pAliveByGroup();
        double[] purchasesByGroup = models.expectedPurchasesByGroup(options.purchaseDays());
        double[] discountedByGroup = models.discountedPurchasesByGroup(options.clvMonths(), options.monthlyDiscount());
        int size = models.histories().size();
        double[] pAlive = new double[size];
        double[] purchases = new double[size];
        double[] value = new double[size];
        double[] clv = new double[size];
        Arrays.fill(pAlive, Double.NaN);
        Arrays.fill(purchases, Double.NaN);
        Arrays.fill(value, Double.NaN);
        Arrays.fill(clv, Double.NaN);
        for (int i = 0; i < size; i++) {
            int g = models.groupOf(i);
            if (g >= 0) {
                pAlive[i] = aliveByGroup[g];
                purchases[i] = purchasesByGroup[g];
                value[i] = models.orderValue(i);
                clv[i] = value[i] * discountedByGroup[g];
            }
        }
        return new CustomerScores(models, options, pAlive, purchases, value, clv);
    }

    public FittedModels models() {
        return models;
    }

    public ScoreOptions options() {
        return options;
    }

    public int size() {
        return pAlive.length;
    }

    /** Whether customer {@code i} has scores (bought before the date). */
    public boolean scored(int i) {
        return models.scored(i);
    }

    /** Whether customer {@code i}'s history is too short for confident scores ({@link FittedModels#historyTooShort}). */
    public boolean historyTooShort(int i) {
        return models.historyTooShort(i);
    }

    public double pAlive(int i) {
        return pAlive[i];
    }

    /** Expected purchases in the next {@link ScoreOptions#purchaseDays()} days. */
    public double expectedPurchases(int i) {
        return expectedPurchases[i];
    }

    public double orderValue(int i) {
        return orderValue[i];
    }

    /** Lifetime value over {@link ScoreOptions#clvMonths()} months, discounted monthly. */
    public double clv(int i) {
        return clv[i];
    }
}
