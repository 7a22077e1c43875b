package fangrid.analysis.predict;

import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α) and
 * drops out after each purchase with probability p ~ Beta(a, b). Formulas as lifetimes' {@code BetaGeoFitter}.
 */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
    @Override
    public ModelKind kind() {
        return ModelKind.BGNBD;
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, a, b};
    }

    /** The log-likelihood of the grouped customers (Fader, Hardie and Lee 2005, eq. 6). */
    static double logLikelihood(double[] p, GroupedHistories h) {
        double r = p[0];
        double alpha = p[1];
        double a = p[2];
        double b = p[3];
        double[] logAlphaPlus = new double[h.times.length];
        for (int t = 0; t < logAlphaPlus.length; t++) {
            logAlphaPlus[t] = Math.log(alpha + h.times[t]);
        }
        double[] constant = new double[h.xs.length];
        double[] dropTerm = new double[h.xs.length];
        double common = -logGamma(r) + r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
        for (int k = 0; k < h.xs.length; k++) {
            int x = h.xs[k];
            constant[k] = common + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
            dropTerm[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : Double.NEGATIVE_INFINITY;
        }
        return h.sum(g -> {
            int x = h.x[g];
            double alive = -(r + x) * logAlphaPlus[h.ageTime[g]];
            double ll = alive;
            if (x > 0) {
                ll = LogMath.addExp(alive, dropTerm[h.xIndex[g]] - (r + x) * logAlphaPlus[h.txTime[g]]);
            }
            return h.count[g] * (constant[h.xIndex[g]] + ll);
        });
    }

    @Override
    public double pAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        double logOdds = (r + x) * Math.log((alpha + age) / (alpha + tx)) + Math.log(a / (b + x - 1));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[purchases in (T, T + t] | x, t_x, T] (eq. 10), with the 2F1 taken through Euler's transformation, whose
     * series has the small parameters a + b − 1 − r and a − 1 whatever x is.
     */
    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        double c = a + b + x - 1;
        double z = t / (alpha + age + t);
        double logHyp = Hypergeometric.log2F1(a + b - 1 - r, a - 1, c, z) + (a - 1 - r - x) * Math.log1p(-z);
        double first = (a + b + x - 1) / (a - 1);
        double second = -Math.expm1(logHyp + (r + x) * Math.log((alpha + age) / (alpha + age + t)));
        double denominator = 1 + (x > 0 ? a / (b + x - 1) * Math.pow((alpha + age) / (alpha + tx), r + x) : 0);
        return first * second / denominator;
    }
}
