package fangrid.analysis;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * Which keys of a list occur more than once: the list is split by the keys' hash into buckets of a few thousand,
 * each checked with a small table. One table over millions of keys costs a cache and TLB miss per key (a
 * lookup per order took 8 times as long as summing its lines); the split reads and writes memory in order.
 */
final class RepeatedKeys {
    private static final int BUCKET_BITS = 12;

    private RepeatedKeys() {
    }

    /**
     * @return for each repeated occurrence among {@code keys[0..n)}, its position and the position of the key's first
     * occurrence, in pairs {@code [later, first, later, first, …]}; later occurrences of a key in increasing order
     */
    static int[] find(long[] keys, int n) {
        int bits = 32 - Integer.numberOfLeadingZeros(n >>> BUCKET_BITS);
        int[] start = new int[(1 << bits) + 1];
        for (int i = 0; i < n; i++) {
            start[bucket(keys[i], bits) + 1]++;
        }
        int largest = 0;
        for (int b = 0; b < start.length - 1; b++) {
            largest = Math.max(largest, start[b + 1]);
            start[b + 1] += start[b];
        }
        long[] bucketKeys = new long[n];
        int[] positions = new int[n];
        int[] fill = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < n; i++) {
            int p = fill[bucket(keys[i], bits)]++;
            bucketKeys[p] = keys[i];
            positions[p] = i;
        }
        IntArrayList pairs = new IntArrayList();
        int[] table = new int[HashCommon.arraySize(largest, 0.5f)];
        for (int b = 0; b < start.length - 1; b++) {
            int mask = HashCommon.arraySize(start[b + 1] - start[b], 0.5f) - 1;
            Arrays.fill(table, 0, mask + 1, 0);
            for (int p = start[b]; p < start[b + 1]; p++) {
                int firstSeen = seen(table, mask, bucketKeys, p);
                if (firstSeen >= 0) {
                    pairs.add(positions[p]);
                    pairs.add(positions[firstSeen]);
                }
            }
        }
        return pairs.toIntArray();
    }

    /** Where key {@code p} was first seen in its bucket, or −1 when new (it is then entered in the table). */
    private static int seen(int[] table, int mask, long[] bucketKeys, int p) {
        long key = bucketKeys[p];
        int s = (int) HashCommon.mix(key) & mask;
        for (int q; (q = table[s]) != 0; s = (s + 1) & mask) {
            if (bucketKeys[q - 1] == key) {
                return q - 1;
            }
        }
        table[s] = p + 1;
        return -1;
    }

    /** The bucket: the top bits of the mixed key (the table within it uses the bottom bits). */
    private static int bucket(long key, int bits) {
        return bits == 0 ? 0 : (int) (HashCommon.mix(key) >>> (64 - bits));
    }
}
