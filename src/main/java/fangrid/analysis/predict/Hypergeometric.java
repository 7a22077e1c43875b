package fangrid.analysis.predict;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1, as its power series summed in log scale: the
 * purchase models need it with large parameters (a purchase count enters them), where the value itself may pass
 * what a double holds. Callers pick the form of their formula whose series converges fast.
 */
final class Hypergeometric {
    /**
     * Terms summed at most. A series that needs more is too close to z = 1 (Pareto/NBD with a dropout rate running
     * to 0): NaN, which the fit treats as a region it cannot evaluate, rather than minutes of summing.
     */
    private static final int MAX_TERMS = 5_000;
    private static final double RESCALE_ABOVE = 1e250;
    private static final double LOG_RESCALE = Math.log(RESCALE_ABOVE);

    private Hypergeometric() {
    }

    /**
     * log 2F1(a, b; c; z) for 0 ≤ z < 1 and c not a non-positive integer, where the series' sum is positive (as it
     * is in every formula here); NaN when it does not converge within {@value #MAX_TERMS} terms.
     */
    static double log2F1(double a, double b, double c, double z) {
        if (z == 0) {
            return 0;
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (Math.abs(sum) > RESCALE_ABOVE) {
                sum /= RESCALE_ABOVE;
                term /= RESCALE_ABOVE;
                logScale += LOG_RESCALE;
            }
            // past the largest term the rest is below a geometric tail of ratio at most z
            if (term == 0 || Math.abs(ratio) < 1 && Math.abs(term) <= 1e-17 * Math.abs(sum) * (1 - z)) {
                return Math.log(sum) + logScale;
            }
        }
        return Double.NaN;
    }
}
