package fangrid.analysis;

import fangrid.store.OrderLineChunk;
import java.util.Arrays;

/**
 * Which stored chunks of order lines may hold each customer's lines, noted during the column build so that one
 * customer's timeline need not scan 20 M lines: bit {@code k mod 64} of a customer's mask is set when the k-th chunk
 * of a scan holds one of their lines. One long per customer (16 MB at 2 M) instead of an exact list per customer.
 */
final class CustomerChunks {
    private long[] masks = new long[0];
    private int chunks;

    /** Notes the next chunk of a scan (every line, whatever its date or kind). */
    void add(OrderLineChunk c) {
        int maxKey = 0;
        for (int i = 0; i < c.size(); i++) {
            maxKey = Math.max(maxKey, c.customerKey(i));
        }
        if (maxKey > masks.length) {
            masks = Arrays.copyOf(masks, Math.max(maxKey, masks.length * 2));
        }
        long bit = 1L << (chunks & 63);
        for (int i = 0; i < c.size(); i++) {
            masks[c.customerKey(i) - 1] |= bit;
        }
        chunks++;
    }

    /** The masks of customer indexes 0 … size − 1, as a column (a copy). */
    long[] masks(int size) {
        return Arrays.copyOf(masks, size);
    }

    /** Takes the masks of a scan of {@code chunkCount} chunks, as {@link #masks(int)} gave them. */
    void restore(long[] stored, int chunkCount) {
        masks = stored;
        chunks = chunkCount;
    }

    /** How many chunks the scan read. */
    int chunkCount() {
        return chunks;
    }

    /** The mask of customer index {@code i}: bit k mod 64 for each chunk k that may hold their lines. */
    long mask(int i) {
        return i < masks.length ? masks[i] : 0;
    }
}
