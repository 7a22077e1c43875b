package fangrid.importer.write;

import fangrid.store.OrderLineStore;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.sql.SQLException;
import java.util.EnumSet;

/**
 * Recognises order lines the project already has, so that two exports that overlap (the same lines in both files)
 * do not count twice. The project's lines are a multiset of {@link fangrid.store.LineHash} values: a line of the
 * new file whose hash the project holds uses up one copy and is skipped, so repeated lines within one file are
 * all kept (as pandas and R keep them) and a second file adds only the copies the project lacks.
 */
final class LineFingerprints {
    private final Long2IntOpenHashMap copies = new Long2IntOpenHashMap();

    LineFingerprints(OrderLineStore store) throws SQLException {
        store.scan(EnumSet.of(OrderLineStore.Column.LINE_HASH), chunk -> {
            for (int i = 0; i < chunk.size(); i++) {
                copies.addTo(chunk.lineHash(i), 1);
            }
        });
    }

    /** Whether the project already holds a copy of this line not yet matched by an earlier line of this file. */
    boolean alreadyInProject(long lineHash) {
        if (copies.isEmpty()) {
            return false;
        }
        int n = copies.get(lineHash);
        if (n == 0) {
            return false;
        }
        copies.put(lineHash, n - 1);
        return true;
    }
}
