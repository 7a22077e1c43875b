package fangrid.analysis;

/** Predicts each customer's net sales over a period that starts at an analysis's date. */
public interface PeriodSalesForecast {
    /**
     * The expected net sales of each index over the {@code days} days from {@code atStart}'s date; NaN for people
     * who had not bought before it (they are not predicted).
     */
    double[] expectedSales(Analysis atStart, int days);

    /** The method in words, stored with a plan. */
    String method();
}
