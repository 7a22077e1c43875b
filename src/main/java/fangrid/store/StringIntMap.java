package fangrid.store;

import java.util.Arrays;

/**
 * Text to a non-negative int, for the lookups every imported line makes (customer ids, a chunk's order ids).
 * Open addressing that keeps each entry's hash beside its value, so a probe compares texts (scattered over the heap,
 * each a likely cache miss) only when their hashes match, where a general hash map's collision chains compare every
 * text they pass. At most three quarters full, and grown from small: a compact table stays in the cache.
 */
public final class StringIntMap {
    /** {@link #get}'s answer for a text not in the map. */
    public static final int ABSENT = -1;
    private static final long EMPTY = 0;

    /** Per slot: the text's hash in the high half, its value + 1 in the low half (0 = empty slot). */
    private long[] slots;
    private String[] texts;
    private int mask;
    private int size;

    /** A map with room for {@code expected} texts before it first grows. */
    public StringIntMap(int expected) {
        int capacity = 16;
        while (!hasRoom(expected, capacity)) {
            capacity *= 2;
        }
        allocate(capacity);
    }

    private static boolean hasRoom(long entries, int capacity) {
        return 4 * entries <= 3L * capacity;
    }

    /** The value of {@code text}, or {@link #ABSENT}. */
    public int get(String text) {
        int hash = text.hashCode();
        for (int i = start(hash); ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                return ABSENT;
            }
            if ((int) (s >>> 32) == hash && texts[i].equals(text)) {
                return (int) s - 1;
            }
        }
    }

    /** Sets the value of {@code text}, replacing the one it had. */
    public void put(String text, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        if (!hasRoom(size + 1L, slots.length)) {
            grow();
        }
        if (insert(text, text.hashCode(), value)) {
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** Empties the map, keeping its room. */
    public void clear() {
        Arrays.fill(slots, EMPTY);
        Arrays.fill(texts, null);
        size = 0;
    }

    /** Sets the slot of {@code text}; true when it was not in the map. */
    private boolean insert(String text, int hash, int value) {
        int i = start(hash);
        boolean added = true;
        for (long s; (s = slots[i]) != EMPTY; i = (i + 1) & mask) {
            if ((int) (s >>> 32) == hash && texts[i].equals(text)) {
                added = false;
                break;
            }
        }
        slots[i] = (long) hash << 32 | (value + 1L);
        texts[i] = text;
        return added;
    }

    /** Spreads the hash (String hashes of similar ids differ in their low bits only) and takes the slot. */
    private int start(int hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private void grow() {
        long[] oldSlots = slots;
        String[] oldTexts = texts;
        allocate(oldSlots.length * 2);
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != EMPTY) {
                insert(oldTexts[i], (int) (oldSlots[i] >>> 32), (int) oldSlots[i] - 1);
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        texts = new String[capacity];
        mask = capacity - 1;
    }
}
