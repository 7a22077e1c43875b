package fangrid.analysis.target;

import fangrid.analysis.Analysis;

/**
 * A model's expected net sales of each customer in the days after an analysis date (e.g. a purchase and spend
 * model fitted on what that analysis sees). Without one, a target selection expects what it measured.
 */
public interface SalesExpectation {
    /** How the result names where its expectation came from, e.g. {@code BG/NBD × Gamma-Gamma}. */
    String name();

    /**
     * Each customer index's expected net sales in the {@code days} after {@code a}'s date, fitted only on what
     * {@code a} sees (so that a backtest at an earlier date is honest); NaN where the model has no figure.
     */
    double[] expectedSales(Analysis a, int days);
}
