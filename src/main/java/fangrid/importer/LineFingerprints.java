package fangrid.importer;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import fangrid.domain.TransactionKind;
import fangrid.store.OrderLineStore;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;

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

    LineFingerprints(OrderLineStore store) throws SQLException {
        store.scan(EnumSet.of(OrderLineStore.Column.LINE_HASH), chunk -> {
            for (int i = 0; i < chunk.size(); i++) {
                existing.add(chunk.lineHash(i));
            }
        });
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

    /**
     * A 64-bit hash of a line's values: FNV-1a over their text ({@code null} as NUL, dates as ISO, numbers as
     * {@link Double#toString}), each followed by 0x1f. Stored in projects, so it must never change.
     */
    static long hash(String customerId, String orderId, LocalDate date, String productCode, double quantity, double amount,
                     TransactionKind kind) {
        long h = text(FNV_OFFSET, customerId);
        h = text(h, orderId);
        h = date(h, date);
        h = text(h, productCode);
        h = Double.isNaN(quantity) ? text(h, null) : number(h, quantity);
        h = number(h, amount);
        return text(h, kind.name());
    }

    private static long text(long h, String s) {
        if (s == null) {
            h = (h ^ 0) * FNV_PRIME;
        } else {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * FNV_PRIME;
            }
        }
        return end(h);
    }

    private static long end(long h) {
        return (h ^ 0x1f) * FNV_PRIME;
    }

    private static long date(long h, LocalDate d) {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            return text(h, d.toString());
        }
        h = digits(h, y, 4);
        h = (h ^ '-') * FNV_PRIME;
        h = digits(h, d.getMonthValue(), 2);
        h = (h ^ '-') * FNV_PRIME;
        h = digits(h, d.getDayOfMonth(), 2);
        return end(h);
    }

    /** {@code Double.toString} without allocating for whole numbers below 10⁷ (it writes them as {@code 123.0}). */
    private static long number(long h, double v) {
        if (v != Math.rint(v) || Math.abs(v) >= 1e7 || v == 0 && 1 / v < 0) {
            return text(h, Double.toString(v));
        }
        long n = (long) v;
        if (n < 0) {
            h = (h ^ '-') * FNV_PRIME;
            n = -n;
        }
        int width = 1;
        for (long p = 10; p <= n; p *= 10) {
            width++;
        }
        h = digits(h, n, width);
        h = (h ^ '.') * FNV_PRIME;
        h = (h ^ '0') * FNV_PRIME;
        return end(h);
    }

    private static long digits(long h, long n, int width) {
        long p = 1;
        for (int i = 1; i < width; i++) {
            p *= 10;
        }
        for (; p > 0; p /= 10) {
            h = (h ^ ('0' + (n / p) % 10)) * FNV_PRIME;
        }
        return h;
    }

    private static long mix(long h, int occurrence) {
        long x = h ^ (occurrence * 0x9E3779B97F4A7C15L);
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
