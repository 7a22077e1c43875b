package fangrid.analysis.predict;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood over positive parameters, as lifetimes does, on their logarithms (so that any real
 * step is a valid model), here with BOBYQA: no derivatives, few evaluations, and bounds that tell a parameter
 * running off to 0 or infinity (a degenerate fit) from a converged one.
 */
final class MaximumLikelihood {
    /** log-parameters stay within ±this: e^±25 is far past any sensible purchase or dropout rate in days. */
    static final double LOG_BOUND = 25;
    private static final int MAX_EVALUATIONS = 4_000;

    /**
     * The optimum found.
     *
     * @param parameters    the natural parameters (not their logarithms)
     * @param converged     whether the optimizer stopped by its own tolerance, not by the evaluation limit, and the
     *                      likelihood could be computed all around the optimum
     * @param atBound       index of a log-parameter that ended at ±{@value #LOG_BOUND}, or −1
     */
    record Optimum(double[] parameters, double logLikelihood, boolean converged, int evaluations, int atBound) {
    }

    private MaximumLikelihood() {
    }

    /**
     * @param logLikelihood of natural parameters; NaN or infinite where it cannot be computed
     * @param start         natural parameters to start from
     * @param observations  the number of customers, so that the tolerance is per customer as lifetimes' is
     */
    static Optimum maximize(ToDoubleFunction<double[]> logLikelihood, double[] start, double observations) {
        int n = start.length;
        double[] best = new double[n + 1];
        best[n] = Double.POSITIVE_INFINITY;
        int[] evaluations = {0};
        boolean[] polishing = {false};
        boolean[] uncomputableNearOptimum = {false};
        ObjectiveFunction objective = new ObjectiveFunction(logParams -> {
            evaluations[0]++;
            double[] p = Arrays.stream(logParams).map(Math::exp).toArray();
            double value = -logLikelihood.applyAsDouble(p) / observations;
            if (!Double.isFinite(value)) {
                uncomputableNearOptimum[0] |= polishing[0];
                return 1e100;
            }
            if (value < best[n]) {
                System.arraycopy(logParams, 0, best, 0, n);
                best[n] = value;
            }
            return value;
        });
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(lower, -LOG_BOUND);
        Arrays.fill(upper, LOG_BOUND);
        double[] guess = Arrays.stream(start).map(Math::log).toArray();
        boolean converged = true;
        // a second run from the first's optimum rebuilds the interpolation model and confirms the optimum
        OptimizerCompilation.keepOffC2();
        for (double radius : new double[] {1.0, 0.05}) {
            try {
                new BOBYQAOptimizer(2 * n + 1, radius, 1e-10).optimize(new MaxEval(MAX_EVALUATIONS), objective,
                        GoalType.MINIMIZE, new InitialGuess(guess), new SimpleBounds(lower, upper));
            } catch (MathIllegalStateException e) {
                // the evaluation limit, or BOBYQA's trust region failing to reduce its model (seen on a dozen
                // customers): the best point evaluated stands, but is not called converged
                converged = false;
            }
            if (best[n] == Double.POSITIVE_INFINITY) {
                break;
            }
            guess = Arrays.copyOf(best, n);
            polishing[0] = true;
        }
        int atBound = -1;
        for (int k = 0; k < n; k++) {
            if (Math.abs(best[k]) > LOG_BOUND - 1e-3) {
                atBound = k;
            }
        }
        double[] params = Arrays.stream(Arrays.copyOf(best, n)).map(Math::exp).toArray();
        return new Optimum(params, -best[n] * observations, converged && best[n] < 1e100 && !uncomputableNearOptimum[0],
                evaluations[0], atBound);
    }
}
