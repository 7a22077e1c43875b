package fangrid.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Test access to a project's stored order lines, one record per line (for small projects). */
public final class StoredLines {
    /** One stored order line. */
    public record Line(int customerKey, LocalDate date, int kind, double amount, String orderId, String productCode,
                       String productName) {
    }

    private StoredLines() {
    }

    public static List<Line> all(Project p) throws SQLException {
        List<Line> out = new ArrayList<>();
        new OrderLineStore(p.connection()).scan(EnumSet.allOf(OrderLineStore.Column.class), c -> {
            for (int i = 0; i < c.size(); i++) {
                out.add(new Line(c.customerKey(i), LocalDate.ofEpochDay(c.epochDay(i)), c.kind(i), c.amount(i),
                        c.orderIds().get(i), c.productCodes().get(i), c.productNames().get(i)));
            }
        });
        return out;
    }

    /** Stores one line as part of import {@code importId}, as a half-finished import would have. */
    public static void insert(Project p, long importId, int customerKey, LocalDate date, double amount) throws SQLException {
        OrderLineChunk chunk = new OrderLineChunk();
        chunk.add(customerKey, (int) date.toEpochDay(), 0, amount, Double.NaN, Double.NaN, null, null, null, null, null, 1);
        new OrderLineStore(p.connection()).append(importId, chunk);
    }
}
