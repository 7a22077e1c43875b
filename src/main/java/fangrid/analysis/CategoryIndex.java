package fangrid.analysis;

import fangrid.store.OrderLineChunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the categories of a project's order lines as they are first seen (named as {@link CategoryFilter} names
 * them) and counts each one's lines. Asked per chunk, so each distinct category and product code of a chunk is
 * named once, not each line.
 */
final class CategoryIndex {
    private final CategoryFilter naming;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long[] lines = new long[16];

    CategoryIndex(CategoryFilter naming) {
        this.naming = naming;
    }

    /** Each line's category index in {@code chunk}, counting the lines; only categories a line has are numbered. */
    int[] of(OrderLineChunk chunk) {
        List<String> ownValues = chunk.categories().distinctValues();
        List<String> codes = chunk.productCodes().distinctValues();
        int[] own = unknown(ownValues.size());
        int[] fromProduct = unknown(codes.size());
        int uncategorised = -1;
        int[] out = new int[chunk.size()];
        for (int i = 0; i < out.length; i++) {
            int o = chunk.categories().ref(i);
            int p = chunk.productCodes().ref(i);
            if (o >= 0) {
                out[i] = own[o] >= 0 ? own[o] : (own[o] = indexOf(ownValues.get(o)));
            } else if (p >= 0) {
                out[i] = fromProduct[p] >= 0 ? fromProduct[p]
                        : (fromProduct[p] = indexOf(naming.categoryOf(null, codes.get(p))));
            } else {
                out[i] = uncategorised >= 0 ? uncategorised : (uncategorised = indexOf(naming.categoryOf(null, null)));
            }
            lines[out[i]]++;
        }
        return out;
    }

    private static int[] unknown(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private int indexOf(String name) {
        Integer known = index.get(name);
        if (known != null) {
            return known;
        }
        int k = names.size();
        index.put(name, k);
        names.add(name);
        if (k == lines.length) {
            lines = Arrays.copyOf(lines, k * 2);
        }
        return k;
    }

    /** How many categories were seen. */
    int size() {
        return names.size();
    }

    /** The name of category {@code k}. */
    String name(int k) {
        return names.get(k);
    }

    /** The lines seen of category {@code k} (any kind, any date). */
    long lines(int k) {
        return lines[k];
    }
}
