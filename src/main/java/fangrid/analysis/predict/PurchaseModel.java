package fangrid.analysis.predict;

/**
 * A fitted model of purchase occasions over time, per customer from (x, t_x, T) in the time unit it was fitted in.
 */
public interface PurchaseModel {
    ModelKind kind();

    /** The fitted parameters, in the order of {@link ModelKind#parameterNames()}. */
    double[] parameters();

    /** The probability that a customer with this history is still alive (will buy again some day). */
    double pAlive(int x, double tx, double age);

    /** The expected number of purchases in the next {@code t} time units of a customer with this history. */
    double expectedPurchases(double t, int x, double tx, double age);
}
