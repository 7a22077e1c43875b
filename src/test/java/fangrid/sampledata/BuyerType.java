package fangrid.sampledata;

/** The purchase behaviour a simulated buyer follows. */
enum BuyerType {
    /** Buys once (trial, main product or other products) and never again. */
    ONE_TIME(0.43),
    /** Repeats the main product on a personal 30–60 day cycle, often after a trial, until lapsing. */
    REGULAR(0.37),
    /** Repeats one consumable other product (supplement, hair care) on a cycle. */
    CATEGORY_REGULAR(0.08),
    /** Buys gifts in November–December, in several years. */
    SEASONAL_WINTER(0.05),
    /** Buys sun care and body care in June–August, in several years. */
    SEASONAL_SUMMER(0.03),
    /** Buys large quantities in few orders. */
    BULK(0.04);

    private final double weight;

    BuyerType(double weight) {
        this.weight = weight;
    }

    /** @return the sampling weights of all types, in declaration order */
    static double[] weights() {
        BuyerType[] all = values();
        double[] w = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            w[i] = all[i].weight;
        }
        return w;
    }
}
