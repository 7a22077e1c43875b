package fangrid.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hand-written series against independent computations: a plain series, a numerical integral, a limit. */
class PurchaseModelFormulasTest {
    /** 2F1 summed term by term without logs or rescaling, for small parameters and z. */
    private static double plain2F1(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < 2_000; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
        }
        return sum;
    }

    @Test
    void bgNbdExpectationThroughEulersTransformationEqualsThePlainFormula() {
        BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426);
        int x = 2;
        double tx = 30.43;
        double age = 38.86;
        double t = 39;
        double z = t / (m.alpha() + age + t);
        double hyp = plain2F1(m.r() + x, m.b() + x, m.a() + m.b() + x - 1, z);
        double plain = (m.a() + m.b() + x - 1) / (m.a() - 1)
                * (1 - hyp * Math.pow((m.alpha() + age) / (m.alpha() + age + t), m.r() + x))
                / (1 + m.a() / (m.b() + x - 1) * Math.pow((m.alpha() + age) / (m.alpha() + tx), m.r() + x));
        assertEquals(plain, m.expectedPurchases(t, x, tx, age), 1e-10);
    }

    /** (r+s+x) ∫_tx^T (α+τ)^−(r+x) (β+τ)^−(s+1) dτ by Simpson's rule. */
    private static double a0ByIntegral(ParetoNbd m, int x, double tx, double age) {
        int n = 200_000;
        double h = (age - tx) / n;
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double tau = tx + k * h;
            double f = Math.pow(m.alpha() + tau, -(m.r() + x)) * Math.pow(m.beta() + tau, -(m.s() + 1));
            sum += (k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2) * f;
        }
        return (m.r() + m.s() + x) * sum * h / 3;
    }

    @Test
    void paretoA0FromTheSeriesEqualsTheIntegralItStandsFor() {
        for (ParetoNbd m : new ParetoNbd[] {new ParetoNbd(0.553, 10.578, 0.606, 11.669),
                new ParetoNbd(0.553, 74.0, 0.606, 11.669)}) {
            for (int x : new int[] {0, 3, 26}) {
                double expected = a0ByIntegral(m, x, 5.5, 38.86);
                assertEquals(1, Math.exp(m.logA0(x, 5.5, 38.86)) / expected, 1e-8, "x " + x + ", " + m);
            }
        }
    }

    @Test
    void paretoExpectationIsContinuousAtSEqualToOne() {
        double at = new ParetoNbd(0.55, 10.58, 1.0, 11.67).expectedPurchases(52, 4, 20, 31);
        double near = new ParetoNbd(0.55, 10.58, 1.0 + 1e-7, 11.67).expectedPurchases(52, 4, 20, 31);
        assertEquals(near, at, 1e-6);
    }
}
