package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RepeatedKeysTest {
    @Test
    void pairsEveryLaterOccurrenceWithTheFirst() {
        assertArrayEquals(new int[] {2, 0, 3, 1, 4, 0}, sorted(RepeatedKeys.find(new long[] {7, 0, 7, 0, 7, 9}, 6)));
        assertEquals(0, RepeatedKeys.find(new long[] {1, 2, 3}, 3).length);
        assertEquals(0, RepeatedKeys.find(new long[0], 0).length);
    }

    @Test
    void findsTheSameAsAMapOverManyBuckets() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 200_000;
        long[] keys = new long[n];
        List<Integer> expected = new ArrayList<>();
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(10) == 0 && i > 0 ? keys[random.nextInt(i)] : random.nextLong();
            Integer f = first.putIfAbsent(keys[i], i);
            if (f != null) {
                expected.add(i);
                expected.add(f);
            }
        }
        assertArrayEquals(sorted(expected.stream().mapToInt(Integer::intValue).toArray()), sorted(RepeatedKeys.find(keys, n)));
    }

    /** The pairs ordered by their later occurrence. */
    private static int[] sorted(int[] pairs) {
        long[] packed = new long[pairs.length / 2];
        for (int p = 0; p < packed.length; p++) {
            packed[p] = (long) pairs[2 * p] << 32 | pairs[2 * p + 1];
        }
        Arrays.sort(packed);
        int[] out = new int[pairs.length];
        for (int p = 0; p < packed.length; p++) {
            out[2 * p] = (int) (packed[p] >>> 32);
            out[2 * p + 1] = (int) packed[p];
        }
        return out;
    }
}
