package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buyers' order the deciles are cut from is the comparator sort's, equal values and odd doubles too. */
class DecilesTest {
    private static final double[] ODD = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1.5, -1.5};

    @Test
    void sameOrderAsAStableComparatorSortFromTheHighest() {
        Random random = new Random(19);
        for (int round = 0; round < 200; round++) {
            int size = round < 100 ? random.nextInt(40) : random.nextInt(5_000);
            double[] m = new double[size];
            for (int i = 0; i < size; i++) {
                int kind = random.nextInt(4);
                m[i] = kind == 0 ? ODD[random.nextInt(ODD.length)]
                        : kind == 1 ? random.nextInt(5) * 1000.0 // many ties
                        : random.nextGaussian() * 1e4;
            }
            // the buyers: some keys left out, the others ascending
            int[] order = java.util.stream.IntStream.range(0, size).filter(i -> random.nextInt(5) > 0).toArray();
            int[] expected = order.clone();
            IntArrays.stableSort(expected, (a, b) -> Double.compare(m[b], m[a]));
            Deciles.descendingKeepingKeyOrder(order, m);
            assertArrayEquals(expected, order, "round " + round);
        }
    }
}
