package fangrid.analysis.predict;

import fangrid.analysis.Analysis;

/**
 * Expected net sales of each customer in the next D days: expected purchase occasions (BG/NBD by default) times
 * the expected order value (Gamma-Gamma). The API other features build on (six-month plan tiers, target select).
 * Fit once per analysis, then ask for any horizon; check {@link #assessment()} before presenting the numbers as
 * confident, and {@link #historyTooShort} per customer.
 */
public final class SalesForecast {
    private final FittedModels models;

    private SalesForecast(FittedModels models) {
        this.models = models;
    }

    /** Fits BG/NBD and Gamma-Gamma to the buyers of {@code analysis} (their purchases before its date). */
    public static SalesForecast fit(Analysis analysis) {
        return fit(analysis, ModelKind.BGNBD);
    }

    /** Fits {@code kind} and Gamma-Gamma to the buyers of {@code analysis}. */
    public static SalesForecast fit(Analysis analysis, ModelKind kind) {
        return new SalesForecast(FittedModels.fit(analysis, kind));
    }

    /** A forecast from models fitted already. */
    public static SalesForecast of(FittedModels models) {
        return new SalesForecast(models);
    }

    public FittedModels models() {
        return models;
    }

    /** How far the fit can be trusted; a degenerate one says why in words. */
    public ModelAssessment assessment() {
        return models.assessment();
    }

    /** Whether customer {@code i}'s history is too short for a confident forecast. */
    public boolean historyTooShort(int i) {
        return models.historyTooShort(i);
    }

    /**
     * Every customer's expected net sales in the next {@code days} days, by index (customer key − 1); 0 for people
     * who never bought before the analysis date (the models know nothing of them) and for indices outside the base.
     */
    public double[] expectedSales(int days) {
        double[] byGroup = models.expectedPurchasesByGroup(days);
        double[] sales = new double[models.histories().size()];
        for (int i = 0; i < sales.length; i++) {
            int g = models.groupOf(i);
            sales[i] = g >= 0 ? byGroup[g] * models.orderValue(i) : 0;
        }
        return sales;
    }

    /** One customer's expected net sales in the next {@code days} days; 0 where {@link #expectedSales(int)} says so. */
    public double expectedSales(int i, int days) {
        if (!models.scored(i)) {
            return 0;
        }
        PurchaseHistories h = models.histories();
        return models.purchases().model().expectedPurchases(days, h.x(i), h.tx(i), h.age(i)) * models.orderValue(i);
    }
}
