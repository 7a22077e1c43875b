package fangrid.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The R rfm scoring rules on small hand-checked columns. */
class RfmScorerTest {
    private static final int[] ONE_TO_TEN = IntStream.rangeClosed(1, 10).toArray();

    @Test
    void plusOneShiftsTheBinsUpwards() {
        // Quintiles of 1..10 are 2.8, 4.6, 6.4, 8.2; R rfm adds 1: [1, 3.8) [3.8, 5.6) [5.6, 7.4) [7.4, 9.2) [9.2, 11).
        RfmScores s = RfmScorer.quintiles().score(ONE_TO_TEN, ONE_TO_TEN, IntStream.of(ONE_TO_TEN).asDoubleStream().toArray());
        assertArrayEquals(new byte[] {5, 5, 5, 4, 4, 3, 3, 2, 2, 1}, s.r(), "recency reversed");
        assertArrayEquals(new byte[] {1, 1, 1, 2, 2, 3, 3, 4, 4, 5}, s.f());
        assertArrayEquals(new byte[] {1, 1, 1, 2, 2, 3, 3, 4, 4, 5}, s.m());
        assertEquals(3.8, s.frequency().upper(1), 1e-12);
        assertEquals(9.2, s.frequency().lower(5), 1e-12);
        assertEquals(11, s.frequency().upper(5));
        assertEquals(511, s.rfmScore(0));
        assertEquals(5, s.recency().scoreOfBin(1));
    }

    @Test
    void excludedCustomersNeitherScoreNorMoveThresholds() {
        int[] recency = {1, 500, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] frequency = {1, 99, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] monetary = {1, -1e9, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        boolean[] include = new boolean[11];
        Arrays.fill(include, true);
        include[1] = false;

        RfmScores s = RfmScorer.quintiles().score(recency, frequency, monetary, include);

        assertEquals(0, s.r()[1] + s.f()[1] + s.m()[1]);
        assertEquals(0, s.rfmScore(1));
        assertEquals(1, s.frequency().lower(1));
        assertEquals(11, s.frequency().upper(5));
        assertEquals(155, s.rfmScore(10));
    }

    @Test
    void identicalValuesAllLandInTheFirstBin() {
        RfmScores s = RfmScorer.quintiles().score(new int[] {7, 7, 7}, new int[] {2, 2, 2}, new double[] {5, 5, 5});
        assertEquals(511, s.rfmScore(0));
        assertEquals(8, s.recency().lower(2), "every breakpoint is the value + 1");
        assertEquals(8, s.recency().upper(5));
    }

    @Test
    void unsortedCustomBreaksLetTheLaterBinWin() {
        // breaks (5, 3) on 1..6: [1, 5) → 1, [5, 3) → none, [3, 7) → 3; R assigns bin by bin, so 3 and 4 end up in 3.
        RfmBinning odd = RfmBinning.breaks(5, 3);
        RfmScores s = new RfmScorer(odd, odd, odd).score(new int[] {1, 2, 3, 4, 5, 6}, new int[] {1, 2, 3, 4, 5, 6},
                new double[] {1, 2, 3, 4, 5, 6});
        assertArrayEquals(new byte[] {1, 1, 3, 3, 3, 3}, s.f());
        assertArrayEquals(new byte[] {3, 3, 1, 1, 1, 1}, s.r());
    }

    @Test
    void scoreIsRsBinByBinAssignmentForAnyValue() {
        // RfmThresholds counts breakpoints for in-order bins; R walks the bins, the last match winning.
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 2_000; round++) {
            double[] breaks = random.doubles(random.nextInt(1, RfmBinning.MAX_BINS), -5, 5).map(Math::rint).toArray();
            if (round % 2 == 0) {
                Arrays.sort(breaks);
            }
            RfmThresholds t = new RfmThresholds(breaks, Math.rint(random.nextDouble(-6, 6)), random.nextInt(-6, 6), round % 3 == 0);
            for (double x = -8; x <= 8; x += 0.5) {
                int expected = 0;
                for (int bin = 1; bin <= t.binCount(); bin++) {
                    expected = x >= t.lower(bin) && x < t.upper(bin) ? t.scoreOfBin(bin) : expected;
                }
                assertEquals(expected, t.score(x), t + " at " + x);
            }
        }
    }

    @Test
    void infiniteAmountHasNoScoreAsInR() {
        // upper(last) = max + 1 = ∞ and ∞ < ∞ is false: R's NA, which rfm_segment puts in "Others".
        RfmScores s = RfmScorer.quintiles().score(new int[] {1, 2}, new int[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY});
        assertEquals(0, s.m()[1]);
        assertEquals(0, s.rfmScore(1));
        assertEquals(RfmSegmentRules.README.othersIndex(), RfmSegmentRules.README.assign(s)[1]);
    }

    @Test
    void nobodyIncludedGivesNoScores() {
        RfmScores s = RfmScorer.quintiles().score(new int[] {1}, new int[] {1}, new double[] {1}, new boolean[] {false});
        assertEquals(0, s.rfmScore(0));
        assertTrue(Double.isNaN(s.monetary().upper(5)));
        assertEquals(-1, RfmSegmentRules.README.assign(s)[0]);
    }

    @Test
    void rejectsWhatRWouldRefuse() {
        assertThrows(IllegalArgumentException.class,
                () -> RfmScorer.quintiles().score(new int[] {1}, new int[] {1}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> RfmScorer.quintiles().score(new int[2], new int[1], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> RfmBinning.quantiles(10));
        assertThrows(IllegalArgumentException.class, () -> RfmBinning.breaks());
    }
}
