package fangrid.bench;

import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes a benchmark project's synthetic order lines straight through the order-line store (no file import), as
 * import 1, committing chunk by chunk; the last chunk is written on close.
 */
final class SyntheticOrderLines implements AutoCloseable {
    private final Connection c;
    private final OrderLineStore store;
    private final OrderLineChunk chunk = new OrderLineChunk();

    /** {@code c} must not auto-commit. */
    SyntheticOrderLines(Connection c) {
        this.c = c;
        this.store = new OrderLineStore(c);
    }

    /** One order line, or its return (kind 2, negative amount and quantity). */
    void add(int customer, int day, boolean returned, double quantity, double price, String orderId, String product,
             long lineHash) throws SQLException {
        add(customer, day, returned, quantity, price, orderId, product, null, lineHash);
    }

    /** One order line of product category {@code category} (null for none), or its return. */
    void add(int customer, int day, boolean returned, double quantity, double price, String orderId, String product,
             String category, long lineHash) throws SQLException {
        double sign = returned ? -1 : 1;
        chunk.add(customer, day, returned ? 2 : 0, sign * quantity * price, sign * quantity, price, orderId, product,
                null, category, null, lineHash);
        if (chunk.isFull()) {
            store.append(1, chunk);
            chunk.clear();
            c.commit();
        }
    }

    @Override
    public void close() throws SQLException {
        store.append(1, chunk);
        c.commit();
    }
}
