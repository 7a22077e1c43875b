package fangrid.store;

import fangrid.domain.TransactionKind;
import java.time.LocalDate;

/**
 * The fingerprint of an order line, stored with it so that overlapping exports are recognised
 * (see {@code fangrid.importer.write.LineFingerprints}).
 */
public final class LineHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private LineHash() {
    }

    /**
     * A 64-bit hash of a line's values: FNV-1a over their text ({@code null} as NUL, dates as ISO, numbers as
     * {@link Double#toString}), each followed by 0x1f. Stored in projects, so it must never change.
     */
    public static long of(String customerId, String orderId, LocalDate date, String productCode, double quantity, double amount,
                     TransactionKind kind) {
        return of(orderPart(customerId, orderId, date), productCode, quantity, amount, kind);
    }

    /** The hash as far as the values an order's lines share (customer, order, date), to finish with {@link #of(long, String, double, double, TransactionKind)}. */
    public static long orderPart(String customerId, String orderId, LocalDate date) {
        return date(text(text(FNV_OFFSET, customerId), orderId), date);
    }

    /** {@link #of(String, String, LocalDate, String, double, double, TransactionKind)} from its {@link #orderPart}. */
    public static long of(long orderPart, String productCode, double quantity, double amount, TransactionKind kind) {
        long h = text(orderPart, productCode);
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

    /**
     * {@code Double.toString} without allocating for whole numbers below 10⁷ (it writes them as {@code 123.0}) and
     * for amounts in cents below 10⁵, the double nearest to n/100, which it writes as that decimal ({@code 12.5},
     * {@code 0.05}): LineHashTest checks every one of them.
     */
    private static long number(long h, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7 && !(v == 0 && 1 / v < 0)) {
            return decimal(h, (long) v * 100, 1);
        }
        long cents = Math.round(v * 100);
        if (Math.abs(v) < 1e5 && cents % 100 != 0 && cents / 100.0 == v) {
            return decimal(h, cents, cents % 10 == 0 ? 1 : 2);
        }
        return text(h, Double.toString(v));
    }

    /** {@code cents}/100 written with {@code decimals} (1 or 2) digits after the point. */
    private static long decimal(long h, long cents, int decimals) {
        if (cents < 0) {
            h = (h ^ '-') * FNV_PRIME;
            cents = -cents;
        }
        long whole = cents / 100;
        int width = 1;
        for (long p = 10; p <= whole; p *= 10) {
            width++;
        }
        h = digits(h, whole, width);
        h = (h ^ '.') * FNV_PRIME;
        long fraction = cents % 100;
        h = decimals == 1 ? digits(h, fraction / 10, 1) : digits(h, fraction, 2);
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

}
