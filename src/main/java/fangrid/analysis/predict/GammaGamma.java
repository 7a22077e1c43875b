package fangrid.analysis.predict;

import java.util.Arrays;

/**
 * Fader, Hardie and Lee's Gamma-Gamma spend model: a customer's order values scatter around their own mean,
 * which varies over customers; fitted on the customers who bought again (x > 0) with a positive mean repeat spend.
 * Formulas as lifetimes' {@code GammaGammaFitter}.
 */
public record GammaGamma(double p, double q, double v) {
    /** The parameters p, q, v. */
    public double[] parameters() {
        return new double[] {p, q, v};
    }

    /** The expected mean order value of everyone: v p / (q − 1); infinite for q ≤ 1. */
    public double populationMean() {
        return q > 1 ? v * p / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * The expected mean order value of a customer with {@code x} repeat purchases of mean value {@code m}: a weighted
     * mean of theirs and everyone's, their weight growing with x.
     */
    public double conditionalMeanSpend(int x, double m) {
        if (x == 0) {
            return populationMean();
        }
        double weight = p * x / (p * x + q - 1);
        return (1 - weight) * populationMean() + weight * m;
    }

    /** The repeat buyers of a fit: their x, and the logarithms of x and of their mean repeat spend. */
    record Spenders(int[] x, double[] spend, double[] logX, double[] logSpend, int[] xs, int[] xIndex) {
        static Spenders of(PurchaseHistories h) {
            int n = 0;
            for (int i = 0; i < h.size(); i++) {
                n += fits(h, i) ? 1 : 0;
            }
            int[] x = new int[n];
            double[] spend = new double[n];
            int k = 0;
            for (int i = 0; i < h.size(); i++) {
                if (fits(h, i)) {
                    x[k] = h.x[i];
                    spend[k++] = h.repeatSpend[i];
                }
            }
            double[] logX = Arrays.stream(x).mapToDouble(Math::log).toArray();
            double[] logSpend = Arrays.stream(spend).map(Math::log).toArray();
            int[] xs = GroupedHistories.sortedDistinct(x);
            int[] xIndex = Arrays.stream(x).map(v -> Arrays.binarySearch(xs, v)).toArray();
            return new Spenders(x, spend, logX, logSpend, xs, xIndex);
        }

        /** Whether customer i is one the spend model learns from: bought again, for a positive net. */
        static boolean fits(PurchaseHistories h, int i) {
            return h.included[i] && h.x[i] > 0 && h.repeatSpend[i] > 0;
        }

        int size() {
            return x.length;
        }
    }
}
