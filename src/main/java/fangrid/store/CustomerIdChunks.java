package fangrid.store;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.DataFormatException;

/**
 * The customer ids of a project by index (customer key − 1), {@value CustomerIds#CHUNK} to a chunk, each chunk kept
 * packed as {@link CustomerIds} read it and decoded when one of its ids is first asked for: opening a project of 2 M
 * customers then makes no strings before the window shows its figures (they took 0.4–0.5 s of CPU and 100 MB of
 * heap there), only those of the chunks a view or an export reads. Safe to use from any thread.
 */
public final class CustomerIdChunks {
    private final int size;
    private final byte[][] packed;
    private final AtomicReferenceArray<String[]> decoded;
    private ColumnCodec codec;

    private CustomerIdChunks(int size, byte[][] packed, String[][] decoded) {
        this.size = size;
        this.packed = packed;
        this.decoded = new AtomicReferenceArray<>(decoded);
    }

    /** The ids of {@code packed}, chunks of {@link ColumnCodec#strings} as stored, decoded when first read. */
    static CustomerIdChunks packed(int size, byte[][] packed) {
        return new CustomerIdChunks(size, packed, new String[packed.length][]);
    }

    /** Ids in hand (null where a key is no longer a person). */
    public static CustomerIdChunks of(String[] ids) {
        String[][] chunks = new String[(ids.length + CustomerIds.CHUNK - 1) / CustomerIds.CHUNK][];
        for (int k = 0; k < chunks.length; k++) {
            chunks[k] = Arrays.copyOfRange(ids, k * CustomerIds.CHUNK, Math.min(ids.length, (k + 1) * CustomerIds.CHUNK));
        }
        return new CustomerIdChunks(ids.length, new byte[chunks.length][], chunks);
    }

    /** The number of keys, people or not. */
    public int size() {
        return size;
    }

    /** The id of index {@code i}; null where the key is no longer a person, or beyond the keys. */
    public String id(int i) {
        if (i < 0 || i >= size) {
            return null;
        }
        String[] chunk = decoded.get(i / CustomerIds.CHUNK);
        return (chunk != null ? chunk : decode(i / CustomerIds.CHUNK))[i % CustomerIds.CHUNK];
    }

    /** Every id by index, as {@link #id} gives them. */
    public String[] all() {
        String[] ids = new String[size];
        for (int k = 0; k * CustomerIds.CHUNK < size; k++) {
            String[] chunk = decoded.get(k);
            chunk = chunk != null ? chunk : decode(k);
            System.arraycopy(chunk, 0, ids, k * CustomerIds.CHUNK, chunk.length);
        }
        return ids;
    }

    private synchronized String[] decode(int k) {
        String[] chunk = decoded.get(k);
        if (chunk != null) {
            return chunk;
        }
        int n = Math.min(CustomerIds.CHUNK, size - k * CustomerIds.CHUNK);
        if (codec == null) {
            codec = new ColumnCodec();
        }
        try {
            StringColumn column = codec.strings(packed[k], n, new int[n]);
            chunk = new String[n];
            for (int i = 0; i < n; i++) {
                chunk[i] = column.get(i);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("The project file is damaged: the stored customer ids cannot be read ("
                    + e.getMessage() + ")", e);
        }
        decoded.set(k, chunk);
        packed[k] = null;
        return chunk;
    }
}
