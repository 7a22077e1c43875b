package fangrid.store;

import java.util.ArrayList;
import java.util.List;

/** A text column of a chunk, dictionary-encoded: each distinct value once, each row an index into them (−1 = none). */
public final class StringColumn {
    static final int NONE = -1;
    /** The column of a chunk that leaves it out: no rows (see {@link OrderLineChunk#forAnalysis}). */
    static final StringColumn NONE_KEPT = new StringColumn(new int[0], List.of(), 0);

    final int[] refs;
    final List<String> values;
    /** Where each distinct value is in {@link #values}; made on first use (a decoded column never adds). */
    private StringIntMap index;
    int size;

    StringColumn(int capacity) {
        this(new int[capacity], new ArrayList<>(), 0);
    }

    StringColumn(int[] refs, List<String> values, int size) {
        this.refs = refs;
        this.values = values;
        this.size = size;
    }

    void add(String value) {
        if (value == null) {
            refs[size++] = NONE;
            return;
        }
        // lines of one order follow each other: the previous line's value is the likeliest, and equals needs no hash
        if (size > 0 && refs[size - 1] != NONE && value.equals(values.get(refs[size - 1]))) {
            refs[size] = refs[size - 1];
            size++;
            return;
        }
        if (index == null) {
            index = new StringIntMap(1 << 10); // grows to the column's distinct values, then kept for the next chunk
        }
        int r = index.get(value);
        if (r == StringIntMap.ABSENT) {
            r = values.size();
            values.add(value);
            index.put(value, r);
        }
        refs[size++] = r;
    }

    void clear() {
        size = 0;
        values.clear();
        if (index != null) {
            index.clear();
        }
    }

    /** The value of row {@code i}, or null. */
    public String get(int i) {
        int r = refs[i];
        return r == NONE ? null : values.get(r);
    }

    /** The index of row {@code i}'s value in {@link #distinctValues()}, or −1 for none. */
    public int ref(int i) {
        return refs[i];
    }

    /** Each value of the column once, in order of first appearance. */
    public List<String> distinctValues() {
        return values;
    }
}
