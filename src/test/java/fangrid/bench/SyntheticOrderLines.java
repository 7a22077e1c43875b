package fangrid.bench;

import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import fangrid.store.Project;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

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

    /**
     * Creates the project {@code file}: people C1 … C{@code customers} and {@code lines} synthetic order lines (about 3
     * per order, 2 % returns) over three years from 2022, of products P0 … P4999, product k of category
     * {@code categoryOf(k)} (null: none). The same seed every time, so the same lines whatever the categories.
     */
    static void createProject(Path file, long lines, int customers, IntFunction<String> categoryOf) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        int firstDay = (int) LocalDate.of(2022, 1, 1).toEpochDay();
        try (Project p = Project.create(file)) {
            Connection c = p.connection();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO customer(customer_key, customer_id, import_id) VALUES (?, ?, 1)")) {
                for (int k = 1; k <= customers; k++) {
                    s.setInt(1, k);
                    s.setString(2, "C" + k);
                    s.addBatch();
                    if (k % 10_000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            try (SyntheticOrderLines out = new SyntheticOrderLines(c)) {
                long order = 0;
                for (long written = 0; written < lines; ) {
                    order++;
                    int customer = 1 + random.nextInt(customers);
                    int day = firstDay + random.nextInt(1095);
                    int items = 1 + random.nextInt(5);
                    for (int i = 0; i < items && written < lines; i++, written++) {
                        boolean ret = random.nextInt(50) == 0;
                        double qty = 1 + random.nextInt(3);
                        double price = 500 + 100 * random.nextInt(60);
                        int product = random.nextInt(5000);
                        out.add(customer, day, ret, qty, price, Long.toString(order), "P" + product,
                                categoryOf.apply(product), random.nextLong());
                    }
                }
            }
        }
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
