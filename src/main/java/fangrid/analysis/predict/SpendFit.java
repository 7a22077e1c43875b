package fangrid.analysis.predict;

/**
 * The Gamma-Gamma spend model fitted by maximum likelihood on the repeat buyers with a positive mean repeat spend.
 *
 * @param spenders how many customers it learnt from
 */
public record SpendFit(GammaGamma model, double logLikelihood, boolean converged, String boundParameter,
                       int spenders) {
    private static final String[] NAMES = {"p", "q", "v"};

    /** Fits the spend model to {@code histories}' repeat buyers, from lifetimes' start (all parameters 1). */
    public static SpendFit fit(PurchaseHistories histories) {
        GammaGamma.Spenders spenders = GammaGamma.Spenders.of(histories);
        if (spenders.size() == 0) {
            return new SpendFit(new GammaGamma(Double.NaN, Double.NaN, Double.NaN), Double.NaN, false, null, 0);
        }
        MaximumLikelihood.Optimum o = MaximumLikelihood.maximize(p -> GammaGamma.logLikelihood(p, spenders),
                new double[] {1, 1, 1}, spenders.size());
        double[] p = o.parameters();
        return new SpendFit(new GammaGamma(p[0], p[1], p[2]), o.logLikelihood(), o.converged(),
                o.atBound() < 0 ? null : NAMES[o.atBound()], spenders.size());
    }
}
