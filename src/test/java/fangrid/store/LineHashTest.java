package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.TransactionKind;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineHashTest {
    /** The definition projects were written with: FNV-1a over each value's toString, NUL for none, 0x1f after each. */
    private static long definition(Object... values) {
        long h = 0xcbf29ce484222325L;
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
}
