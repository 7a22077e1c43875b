package fangrid.analysis.predict;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.stream.IntStream;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive a customer buys at a Poisson rate
 * λ ~ Gamma(r, α) and drops out at an exponential time of rate μ ~ Gamma(s, β). Likelihood as Fader and Hardie's
 * note (2005) and lifetimes' {@code ParetoNBDFitter} write it, with the 2F1 form of A₀.
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements PurchaseModel {
    @Override
    public ModelKind kind() {
        return ModelKind.PARETO;
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, s, beta};
    }

    /**
     * log of (r + s + x) ∫_t^∞ (α + τ)^−(r+x) (β + τ)^−(s+1) dτ = 2F1(r+s+x, b; r+s+x+1; |α−β| / (m + t)) / (m + t)^(r+s+x)
     * with m = max(α, β) and b = s + 1 when α ≥ β, else r + x: the two terms whose difference is A₀.
     */
    static double logTail(double r, double alpha, double s, double beta, int x, double t) {
        double max = Math.max(alpha, beta);
        double b = alpha >= beta ? s + 1 : r + x;
        double rsx = r + s + x;
        return Hypergeometric.log2F1(rsx, b, rsx + 1, Math.abs(alpha - beta) / (max + t)) - rsx * Math.log(max + t);
    }

    /** log A₀; minus infinity when t_x = T (the customer bought on the last day). */
    double logA0(int x, double tx, double age) {
        return LogMath.subtractExp(logTail(r, alpha, s, beta, x, tx), logTail(r, alpha, s, beta, x, age));
    }

    /** The log-likelihood of the grouped customers; NaN where a series did not converge. */
    static double logLikelihood(double[] p, GroupedHistories h) {
        double r = p[0];
        double alpha = p[1];
        double s = p[2];
        double beta = p[3];
        double[] tail = IntStream.range(0, h.pairX.length).parallel()
                .mapToDouble(k -> logTail(r, alpha, s, beta, h.pairX[k], h.times[h.pairTime[k]])).toArray();
        double[] logAlphaPlus = new double[h.times.length];
        double[] logBetaPlus = new double[h.times.length];
        for (int t = 0; t < h.times.length; t++) {
            logAlphaPlus[t] = Math.log(alpha + h.times[t]);
            logBetaPlus[t] = Math.log(beta + h.times[t]);
        }
        double[] constant = new double[h.xs.length];
        double common = -logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        for (int k = 0; k < h.xs.length; k++) {
            constant[k] = common + logGamma(r + h.xs[k]);
        }
        double logS = Math.log(s);
        return h.sum(g -> {
            int x = h.x[g];
            double alive = -(r + x) * logAlphaPlus[h.ageTime[g]] - s * logBetaPlus[h.ageTime[g]];
            double logA0 = LogMath.subtractExp(tail[h.txPair[g]], tail[h.agePair[g]]);
            double ll = LogMath.addExp(alive, logS + logA0 - Math.log(r + s + x));
            return h.count[g] * (constant[h.xIndex[g]] + ll);
        });
    }

    @Override
    public double pAlive(int x, double tx, double age) {
        double logA0 = logA0(x, tx, age);
        return 1 / (1 + Math.exp(Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + age)
                + s * Math.log(beta + age) + logA0));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        double logLikelihood = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                + LogMath.addExp(-(r + x) * Math.log(alpha + age) - s * Math.log(beta + age),
                Math.log(s) + logA0(x, tx, age) - Math.log(r + s + x));
        double first = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                - (r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double second = Math.log(r + x) + Math.log(beta + age) - Math.log(alpha + age);
        // (1 − ((β+T)/(β+T+t))^(s−1)) / (s−1), whose limit at s = 1 is log((β+T+t)/(β+T))
        double logRatio = Math.log((beta + age + t) / (beta + age));
        double third = Math.abs(s - 1) < 1e-9 ? Math.log(logRatio)
                : Math.log(-Math.expm1(-(s - 1) * logRatio) / (s - 1));
        return Math.exp(first + second + third - logLikelihood);
    }
}
