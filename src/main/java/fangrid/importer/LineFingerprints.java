package fangrid.importer;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recognises order lines the project already has, so that two exports that overlap (the same lines in both files)
 * do not count twice. A line's fingerprint covers its values and how many identical lines came before it in the
 * same file: repeated lines within one file are all kept (as pandas and R keep them); a second file adds only the
 * copies the project lacks.
 */
final class LineFingerprints {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final LongOpenHashSet existing = new LongOpenHashSet();
    private final Long2IntOpenHashMap occurrences = new Long2IntOpenHashMap();

    LineFingerprints(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(100_000);
            try (ResultSet rs = s.executeQuery("SELECT line_hash FROM txn")) {
                while (rs.next()) {
                    existing.add(rs.getLong(1));
                }
            }
        }
    }

    /** The fingerprint of the next line with these values in this file. */
    long next(long valuesHash) {
        int n = occurrences.addTo(valuesHash, 1);
        return mix(valuesHash, n);
    }

    /** Whether the project already holds a line with this fingerprint. */
    boolean known(long fingerprint) {
        return existing.contains(fingerprint);
    }

    /** A 64-bit hash of a line's values (FNV-1a over their text and bits). */
    static long hash(Object... values) {
        long h = FNV_OFFSET;
        for (Object v : values) {
            String s = v == null ? "\u0000" : v.toString();
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * FNV_PRIME;
            }
            h = (h ^ 0x1f) * FNV_PRIME;
        }
        return h;
    }

    private static long mix(long h, int occurrence) {
        long x = h ^ (occurrence * 0x9E3779B97F4A7C15L);
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
