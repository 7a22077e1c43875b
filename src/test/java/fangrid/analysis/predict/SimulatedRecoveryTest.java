package fangrid.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Customers drawn from a known BG/NBD process in days: the fit finds its parameters, and calls the fit sound. */
class SimulatedRecoveryTest {
    @Test
    void bgNbdFitRecoversTheParametersItWasDrawnFrom() {
        int n = 60_000;
        Well19937c random = new Well19937c(3);
        GammaDistribution rates = new GammaDistribution(random, 0.5, 1 / 40.0);
        BetaDistribution dropouts = new BetaDistribution(random, 0.8, 2.4);
        boolean[] included = new boolean[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            included[i] = true;
            age[i] = 730 * random.nextDouble();
            double lambda = rates.sample();
            double p = dropouts.sample();
            double t = 0;
            do {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t > age[i]) {
                    break;
                }
                x[i]++;
                tx[i] = t;
            } while (random.nextDouble() >= p);
        }
        FittedModels fit = FittedModels.fit(new PurchaseHistories(included, x, tx, age, new double[n]),
                ModelKind.BGNBD, null);
        double[] found = fit.purchases().model().parameters();
        double[] truth = {0.5, 40, 0.8, 2.4};
        for (int k = 0; k < 4; k++) {
            assertEquals(truth[k], found[k], truth[k] * 0.15, ModelKind.BGNBD.parameterNames().get(k));
        }
        assertFalse(fit.assessment().problems().contains(FitProblem.NO_DROPOUT_SEEN));
        assertFalse(fit.assessment().problems().contains(FitProblem.NOT_CONVERGED));
    }
}
