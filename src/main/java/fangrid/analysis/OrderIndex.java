package fangrid.analysis;

import it.unimi.dsi.fastutil.HashCommon;

/**
 * Order key → order number, open addressing with each key beside its number in one array: a lookup of a new
 * order (most lookups) touches one cache line, not one in a key array and one in a value array. At 20 M lines
 * the table is far larger than the cache, so that line is the cost.
 */
final class OrderIndex {
    /** Slot {@code s}: key at {@code 2s}, order number + 1 at {@code 2s + 1} (0 = empty slot). */
    private long[] slots;
    private int mask;
    private int size;

    OrderIndex(int expected) {
        allocate(HashCommon.arraySize(expected, 0.75f));
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        mask = capacity - 1;
    }

    /** The number of order {@code key}, or, for a new key, {@code next}, which it then gets. */
    int numberOf(long key, int next) {
        int s = slot(key);
        for (long v; (v = slots[2 * s + 1]) != 0; s = (s + 1) & mask) {
            if (slots[2 * s] == key) {
                return (int) v - 1;
            }
        }
        slots[2 * s] = key;
        slots[2 * s + 1] = next + 1L;
        if (++size > (mask + 1) * 3L / 4) {
            grow();
        }
        return next;
    }

    private int slot(long key) {
        return (int) HashCommon.mix(key) & mask;
    }

    private void grow() {
        long[] old = slots;
        allocate(2 * (mask + 1));
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                int s = slot(old[i]);
                while (slots[2 * s + 1] != 0) {
                    s = (s + 1) & mask;
                }
                slots[2 * s] = old[i];
                slots[2 * s + 1] = old[i + 1];
            }
        }
    }
}
