package fangrid.analysis.predict;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.stream.IntStream;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The Gamma-Gamma spend model fitted by maximum likelihood on the repeat buyers with a positive mean repeat spend.
 * For a fixed v the likelihood needs only sums per purchase count x, so v is found by Brent's method on its profile
 * likelihood, each step passing once over the customers, and p, q for each v on those sums: exact, and a few dozen
 * passes over a million spenders instead of one per evaluation of all three parameters.
 *
 * @param spenders how many customers it learnt from
 */
public record SpendFit(GammaGamma model, double logLikelihood, boolean converged, String boundParameter,
                       int spenders) {
    private static final String[] NAMES = {"p", "q", "v"};

    /** Fits the spend model to {@code histories}' repeat buyers. */
    public static SpendFit fit(PurchaseHistories histories) {
        GammaGamma.Spenders spenders = GammaGamma.Spenders.of(histories);
        if (spenders.size() == 0) {
            return new SpendFit(new GammaGamma(Double.NaN, Double.NaN, Double.NaN), Double.NaN, false, null, 0);
        }
        Profile profile = new Profile(spenders);
        boolean converged = true;
        double logV;
        try {
            UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(500),
                    new UnivariateObjectiveFunction(profile::negativeProfile), GoalType.MINIMIZE,
                    new SearchInterval(-MaximumLikelihood.LOG_BOUND, MaximumLikelihood.LOG_BOUND, 0));
            logV = best.getPoint();
        } catch (TooManyEvaluationsException e) {
            converged = false;
            logV = profile.bestLogV;
        }
        MaximumLikelihood.Optimum pq = profile.fit(logV);
        double v = Math.exp(logV);
        String bound = pq.atBound() >= 0 ? NAMES[pq.atBound()]
                : Math.abs(logV) > MaximumLikelihood.LOG_BOUND - 1e-3 ? "v" : null;
        return new SpendFit(new GammaGamma(pq.parameters()[0], pq.parameters()[1], v), pq.logLikelihood(),
                converged && pq.converged(), bound, spenders.size());
    }

    /** The likelihood as a function of (p, q) for one v at a time, from per-x sums. */
    private static final class Profile {
        private final GammaGamma.Spenders s;
        private final double[] count;
        private final double[] sumLogSpend;
        private double[] start = {1, 1};
        private double bestLogV;
        private double bestValue = Double.POSITIVE_INFINITY;

        Profile(GammaGamma.Spenders s) {
            this.s = s;
            count = new double[s.xs().length];
            sumLogSpend = new double[s.xs().length];
            for (int i = 0; i < s.size(); i++) {
                count[s.xIndex()[i]]++;
                sumLogSpend[s.xIndex()[i]] += s.logSpend()[i];
            }
        }

        double negativeProfile(double logV) {
            MaximumLikelihood.Optimum o = fit(logV);
            start = o.parameters();
            double value = -o.logLikelihood();
            if (value < bestValue) {
                bestValue = value;
                bestLogV = logV;
            }
            return Double.isFinite(value) ? value : Double.MAX_VALUE;
        }

        /** The best (p, q) for v = e^logV, and the likelihood there. */
        MaximumLikelihood.Optimum fit(double logV) {
            double v = Math.exp(logV);
            int[] xs = s.xs();
            double[] sumLog = IntStream.of(0, 1).parallel().mapToObj(half -> {
                double[] part = new double[xs.length];
                int mid = s.size() / 2;
                for (int i = half == 0 ? 0 : mid, end = half == 0 ? mid : s.size(); i < end; i++) {
                    part[s.xIndex()[i]] += Math.log(s.x()[i] * s.spend()[i] + v);
                }
                return part;
            }).reduce(new double[xs.length], (a, b) -> {
                double[] c = new double[xs.length];
                for (int k = 0; k < c.length; k++) {
                    c[k] = a[k] + b[k];
                }
                return c;
            });
            double logOfV = Math.log(v);
            return MaximumLikelihood.maximize(pq -> {
                double p = pq[0];
                double q = pq[1];
                double ll = 0;
                for (int k = 0; k < xs.length; k++) {
                    double px = p * xs[k];
                    ll += count[k] * (logGamma(px + q) - logGamma(px) - logGamma(q) + q * logOfV + px * Math.log(xs[k]))
                            + (px - 1) * sumLogSpend[k] - (px + q) * sumLog[k];
                }
                return ll;
            }, start, s.size());
        }
    }
}
