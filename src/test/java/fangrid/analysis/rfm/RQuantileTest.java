package fangrid.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R type-7 quantiles, R's probability sequence, and the selection behind them. */
class RQuantileTest {
    private static final double[] MTCARS_MPG = {21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4,
        17.3, 15.2, 10.4, 10.4, 14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7,
        15.0, 21.4};

    /** R rfm's tests/testthat/test-utils.R: bins(mtcars, "mpg", 5) = 16.20, 18.92, 22.00, 25.08. */
    @Test
    void binsOfMtcarsAsInRsOwnTest() {
        double[] breaks = RfmBinning.quintiles().breakpoints(MTCARS_MPG.clone(), MTCARS_MPG.length);
        assertArrayEquals(new double[] {16.20, 18.92, 22.00, 25.08}, breaks, 1e-12);
    }

    /** R's seq(0, 1, length.out = bins + 1) is i * (1 / bins), which is not always the double nearest i / bins. */
    @ParameterizedTest(name = "bins {0}, i {1}")
    @CsvSource({"5, 3, 0.6000000000000001", "5, 4, 0.8", "6, 5, 0.8333333333333333", "3, 2, 0.6666666666666666"})
    void probabilitiesAsRsSeq(int bins, int i, double expected) {
        assertEquals(expected, RQuantile.innerProbs(bins)[i - 1]);
    }

    @Test
    void probabilityOffByOneUlpMovesTheBreakpoint() {
        // 19 values, 6 bins: the 5th index is 1 + 18 · 0.8333333333333333 = 15.999999999999998, not 16, so R
        // interpolates between the 15th and 16th values with h just under 1 instead of taking the 16th value.
        double[] x = new double[19];
        Arrays.fill(x, 15, 19, 1e6);
        double h = 15.999999999999998 - 15;
        assertEquals((1 - h) * 0 + h * 1e6, RQuantile.type7(x, 19, RQuantile.innerProbs(6))[4]);
    }

    @ParameterizedTest(name = "n {0}, distinct values {1}")
    @CsvSource({"1, 1", "2, 2", "7, 3", "100, 5", "1000, 1000", "100000, 4", "100000, 100000", "250001, 30"})
    void type7AgreesWithAFullSort(int n, int distinct) {
        SplittableRandom random = new SplittableRandom(n * 31L + distinct);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(distinct) * 1.37;
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] probs = {0, 0.1, 0.2, 0.25, 1.0 / 3, 0.5, 0.6000000000000001, 0.8, 0.99, 1};
        assertArrayEquals(naiveType7(sorted, probs), RQuantile.type7(x, n, probs));
    }

    @Test
    void selectionPlacesEveryRequestedRank() {
        SplittableRandom random = new SplittableRandom(7);
        double[] x = random.doubles(50_000, -1e6, 1e6).toArray();
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int[] ranks = {0, 1, 9_999, 10_000, 25_000, 49_998, 49_999};
        OrderStatistics.select(x, x.length, ranks);
        for (int k : ranks) {
            assertEquals(sorted[k], x[k], "rank " + k);
        }
    }

    /** R's quantile.default type 7 on an already sorted vector. */
    private static double[] naiveType7(double[] sorted, double[] probs) {
        double[] q = new double[probs.length];
        for (int j = 0; j < probs.length; j++) {
            double index = 1 + (sorted.length - 1) * probs[j];
            double lo = Math.floor(index);
            double qs = sorted[(int) lo - 1];
            double hi = sorted[(int) Math.ceil(index) - 1];
            q[j] = index > lo && hi != qs ? (1 - (index - lo)) * qs + (index - lo) * hi : qs;
        }
        return q;
    }
}
