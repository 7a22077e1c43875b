package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ColumnCodecTest {
    @Test
    void storedHashesAndDeflatedOnesAreReadTheSameWaySoOlderProjectsStillOpen() throws Exception {
        int n = 10_000;
        long[] hashes = new SplittableRandom(7).longs(n).toArray();
        ColumnCodec codec = new ColumnCodec();
        byte[] stored = codec.hashes(hashes, n);
        byte[] deflated = codec.longs(hashes, n);
        assertArrayEquals(hashes, codec.longs(stored, n, new long[n]));
        assertArrayEquals(hashes, codec.longs(deflated, n, new long[n]));
        assertTrue(stored.length >= 8 * n && stored.length < 8 * n + 100, "stored, not deflated: " + stored.length);

        long[] runs = new long[n];
        for (int i = 0; i < n; i++) {
            runs[i] = i / 10;
        }
        byte[] packed = codec.longs(runs, n);
        assertTrue(packed.length < n, "order hashes repeat within an order and are still deflated: " + packed.length);
        assertArrayEquals(runs, codec.longs(packed, n, new long[n]));
    }
}
