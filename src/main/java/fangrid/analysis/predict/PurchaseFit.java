package fangrid.analysis.predict;

/**
 * A purchase model fitted by maximum likelihood, with what the fit itself says about how far to trust it.
 *
 * @param converged    whether the optimizer reached its tolerance
 * @param boundParameter the name of a parameter that ran to 0 or infinity, or null
 * @param customers    customers the fit saw; {@code repeatBuyers} of them bought more than once
 * @param longestAge   the longest history (T) among them, in the model's time unit
 * @param evaluations  how many times the likelihood was computed
 */
public record PurchaseFit(PurchaseModel model, double logLikelihood, boolean converged, String boundParameter,
                          int customers, int repeatBuyers, double longestAge, int evaluations) {
    /** Fits {@code kind} to the included customers of {@code histories}, from lifetimes' start (all parameters 1). */
    public static PurchaseFit fit(ModelKind kind, PurchaseHistories histories) {
        return fit(kind, histories, GroupedHistories.of(histories));
    }

    static PurchaseFit fit(ModelKind kind, PurchaseHistories histories, GroupedHistories groups) {
        int[] counts = histories.counts();
        MaximumLikelihood.Optimum o = MaximumLikelihood.maximize(
                p -> kind == ModelKind.BGNBD ? BgNbd.logLikelihood(p, groups) : ParetoNbd.logLikelihood(p, groups),
                new double[] {1, 1, 1, 1}, Math.max(1, groups.customers()));
        double[] p = o.parameters();
        PurchaseModel model = kind == ModelKind.BGNBD ? new BgNbd(p[0], p[1], p[2], p[3])
                : new ParetoNbd(p[0], p[1], p[2], p[3]);
        double longest = 0;
        for (double t : groups.times) {
            longest = Math.max(longest, t);
        }
        return new PurchaseFit(model, o.logLikelihood(), o.converged(),
                o.atBound() < 0 ? null : kind.parameterNames().get(o.atBound()), counts[0], counts[1], longest, o.evaluations());
    }
}
