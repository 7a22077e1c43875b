package fangrid.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A text column of a chunk, dictionary-encoded: each distinct value once, each row an index into them (−1 = none). */
public final class StringColumn {
    static final int NONE = -1;

    final int[] refs;
    final List<String> values;
    private final Map<String, Integer> index;
    int size;

    StringColumn(int capacity) {
        this(new int[capacity], new ArrayList<>(), 0);
    }

    StringColumn(int[] refs, List<String> values, int size) {
        this.refs = refs;
        this.values = values;
        this.size = size;
        this.index = new HashMap<>();
    }

    void add(String value) {
        refs[size++] = value == null ? NONE : index.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    void clear() {
        size = 0;
        values.clear();
        index.clear();
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
