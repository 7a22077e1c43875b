package fangrid.analysis.predict;

/**
 * What the purchase models see of each customer (lifetimes' {@code summary_data_from_transaction_data}), by index:
 * x = repeat purchase occasions (distinct purchase days − 1), t_x = time from the first to the last purchase,
 * T = time from the first purchase to the end of the observation, and the mean net spend of the repeat occasions
 * (0 without any). Only the indices where {@link #included} holds are customers with a purchase.
 */
public final class PurchaseHistories {
    final boolean[] included;
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] repeatSpend;

    /**
     * @param included    whether index i is a customer with at least one purchase occasion
     * @param x           repeat occasions
     * @param tx          first to last purchase, in the model's time unit
     * @param age         first purchase to the end of the observation (T), same unit
     * @param repeatSpend mean net spend of the repeat occasions, 0 where x = 0
     */
    public PurchaseHistories(boolean[] included, int[] x, double[] tx, double[] age, double[] repeatSpend) {
        this.included = included;
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.repeatSpend = repeatSpend;
    }

    /** The number of indices (not all of them customers with a purchase). */
    public int size() {
        return x.length;
    }

    public boolean included(int i) {
        return included[i];
    }

    /** Repeat purchase occasions. */
    public int x(int i) {
        return x[i];
    }

    /** Time from the first to the last purchase (lifetimes' recency). */
    public double tx(int i) {
        return tx[i];
    }

    /** Time from the first purchase to the end of the observation (T). */
    public double age(int i) {
        return age[i];
    }

    /** Mean net spend of the repeat occasions (lifetimes' monetary_value), 0 without any. */
    public double repeatSpend(int i) {
        return repeatSpend[i];
    }

    /** How many customers have a purchase. */
    public int buyers() {
        return counts()[0];
    }

    /** How many customers have a purchase, and how many of them bought again. */
    int[] counts() {
        int buyers = 0;
        int repeat = 0;
        for (int i = 0; i < x.length; i++) {
            if (included[i]) {
                buyers++;
                repeat += x[i] > 0 ? 1 : 0;
            }
        }
        return new int[] {buyers, repeat};
    }
}
