package fangrid.project;

import fangrid.analysis.Analysis;
import fangrid.domain.AnalysisSettings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The analyses of other product categories a session keeps, so that switching back to a category shown before
 * costs no pass over the order lines: the most recently shown few, each keyed by its category, analysis date and
 * window. Any change to the data forgets them all.
 */
final class KeptAnalyses {
    private record Key(String category, LocalDate asOf, int windowMonths) {
        static Key of(AnalysisSettings s) {
            return new Key(s.category(), s.asOf(), s.windowMonths());
        }
    }

    private final int capacity;
    /** Least recently shown first. */
    private final LinkedHashMap<Key, Analysis> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Analysis> eldest) {
            return size() > capacity;
        }
    };

    KeptAnalyses(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps {@code a} (the one being replaced on screen), if any. */
    synchronized void keep(Analysis a) {
        if (a != null) {
            kept.put(Key.of(a.settings()), a);
        }
    }

    /**
     * A kept analysis of the lines, date and window of {@code settings}, taken out of the kept ones (it is about to
     * be shown); null when none is kept.
     */
    synchronized Analysis take(AnalysisSettings settings) {
        return kept.remove(Key.of(settings));
    }

    /** A kept analysis with exactly {@code settings}, left kept; null when none is. */
    synchronized Analysis peek(AnalysisSettings settings) {
        Analysis a = kept.get(Key.of(settings));
        return a != null && Objects.equals(a.settings(), settings) ? a : null;
    }

    /** Forgets every kept analysis (the data changed). */
    synchronized void clear() {
        kept.clear();
    }
}
