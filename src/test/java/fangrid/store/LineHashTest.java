package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.TransactionKind;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineHashTest {
    /** The definition projects were written with: FNV-1a over each value's toString, NUL for none, 0x1f after each. */
    private static long definition(Object... values) {
        return definitionFrom(0xcbf29ce484222325L, values);
    }

    /** The definition continued from {@code h}, the hash of the values before. */
    private static long definitionFrom(long h, Object... values) {
        for (Object v : values) {
            String s = v == null ? "\u0000" : v.toString();
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        return h;
    }

    @Test
    void theFastHashEqualsTheStoredDefinitionForAllKindsOfValues() {
        double[] numbers = {0, -0.0, 1, -1, 9, 10, 99, 100, 1234, -1234, 9_999_999, 10_000_000, -10_000_000, 12.5, -0.25,
                1e-7, 123456789.0, 3.0e20, 1.1};
        LocalDate[] dates = {LocalDate.of(2024, 1, 5), LocalDate.of(1999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(999, 3, 4)};
        for (double q : numbers) {
            for (double a : numbers) {
                for (LocalDate d : dates) {
                    assertEquals(definition("C1", "A1", d, "P1", q, a, TransactionKind.ORDER),
                            LineHash.of("C1", "A1", d, "P1", q, a, TransactionKind.ORDER), q + " " + a + " " + d);
                }
            }
        }
        assertEquals(definition("髙橋", null, dates[0], null, null, -300.0, TransactionKind.RETURN),
                LineHash.of("髙橋", null, dates[0], null, Double.NaN, -300, TransactionKind.RETURN));
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double q = r.nextInt(-20, 20);
            double a = r.nextBoolean() ? r.nextInt(-50_000_000, 50_000_000) : r.nextDouble(-1e6, 1e6);
            LocalDate d = LocalDate.ofEpochDay(r.nextInt(-3000, 30_000));
            assertEquals(definition("C" + i, "O" + i, d, "P", q, a, TransactionKind.SHIPMENT),
                    LineHash.of("C" + i, "O" + i, d, "P", q, a, TransactionKind.SHIPMENT));
        }
    }

    /**
     * Every amount in cents below 10⁵ (the double nearest to n/100) hashes as Double.toString writes it; negative
     * ones (Double.toString puts a minus before the same digits) and neighbours that are not in cents by samples.
     */
    @Test
    void everyAmountInCentsHashesAsItsDoubleToString() {
        long orderPart = 0x1234_5678_9abc_def0L;
        for (long n = 0; n <= 10_000_000; n++) {
            double v = n / 100.0;
            assertEquals(definitionFrom(orderPart, "P1", null, v, TransactionKind.ORDER),
                    LineHash.of(orderPart, "P1", Double.NaN, v, TransactionKind.ORDER), () -> Double.toString(v));
            if (n % 37 == 0) {
                for (double near : new double[] {-v, Math.nextUp(v), Math.nextDown(v), -Math.nextUp(v)}) {
                    assertEquals(definitionFrom(orderPart, "P1", 2.0, near, TransactionKind.ORDER),
                            LineHash.of(orderPart, "P1", 2, near, TransactionKind.ORDER), () -> Double.toString(near));
                }
            }
        }
    }
}
