package fangrid.analysis;

import fangrid.store.CustomerIdChunks;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The customer ids of one analysis by index, with what sorting and searching them needs: each id's rank in
 * {@link NaturalOrder} (computed once, on first use) and a case- and width-insensitive substring match.
 */
final class CustomerIdColumn {
    private final CustomerIdChunks ids;
    private int[] rank;

    CustomerIdColumn(CustomerIdChunks ids) {
        this.ids = ids;
    }

    String id(int i) {
        return ids.id(i);
    }

    /** Each index's position among all ids in natural order: sorting by it sorts by id. */
    synchronized int[] rank() {
        if (rank == null) {
            String[] ids = this.ids.all();
            int[] order = new int[ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            IntArrays.parallelQuickSort(order, (x, y) -> NaturalOrder.INSTANCE.compare(ids[x], ids[y]));
            int[] r = new int[ids.length];
            for (int k = 0; k < order.length; k++) {
                r[order[k]] = k;
            }
            rank = r;
        }
        return rank;
    }

    /** What a search compares: NFKC (full-width ＡＢＣ１２３ → ABC123, half-width ｶﾅ → カナ), then lower case. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whether index {@code i}'s id contains {@code folded} (a {@link #fold}ed query), ignoring case and width. */
    boolean contains(int i, String folded) {
        String id = id(i);
        if (id == null) {
            return false;
        }
        if (!isAscii(id)) {
            return fold(id).contains(folded);
        }
        // ASCII ids fold to themselves but for case: compare in place instead of allocating millions of strings
        for (int k = 0; k + folded.length() <= id.length(); k++) {
            if (id.regionMatches(true, k, folded, 0, folded.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
