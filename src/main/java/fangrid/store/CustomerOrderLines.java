package fangrid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.zip.DataFormatException;

/**
 * One customer's order lines, for their timeline: of the chunks a mask allows, each one's customer keys are decoded
 * first, and the other columns only of the chunks that hold the customer, instead of decoding 20 M lines.
 */
public final class CustomerOrderLines {
    /** Receives one of the customer's lines: row {@code row} of {@code chunk}, valid during the call only. */
    @FunctionalInterface
    public interface LineConsumer {
        void accept(OrderLineChunk chunk, int row);
    }

    private final Connection c;
    private final ColumnCodec codec = new ColumnCodec();

    public CustomerOrderLines(Connection c) {
        this.c = c;
    }

    /** How many chunks the project holds: a full scan's chunk count. */
    public int chunkCount() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM txn_chunk")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Passes each line of customer {@code customerKey} to {@code consumer}, with {@code columns} filled in.
     *
     * @param chunkMask bit k mod 64 set where the k-th chunk of a full scan (in {@link OrderLineStore#scan} order)
     *                  may hold the customer's lines; -1 to look in every chunk
     */
    public void scan(int customerKey, long chunkMask, Set<OrderLineStore.Column> columns, LineConsumer consumer) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT row_count");
        for (OrderLineStore.Column col : OrderLineStore.Column.values()) {
            sql.append(", ").append(columns.contains(col) ? col.sqlName : "NULL");
        }
        sql.append(" FROM txn_chunk WHERE chunk_id = ?");
        OrderLineStore decoder = new OrderLineStore(c);
        OrderLineChunk buffers = new OrderLineChunk();
        int[] keys = new int[OrderLineChunk.CAPACITY];
        try (Statement s = c.createStatement();
             ResultSet ids = s.executeQuery("SELECT chunk_id FROM txn_chunk ORDER BY chunk_id");
             PreparedStatement keysOf = c.prepareStatement("SELECT row_count, customer_keys FROM txn_chunk WHERE chunk_id = ?");
             PreparedStatement linesOf = c.prepareStatement(sql.toString())) {
            for (int k = 0; ids.next(); k++) {
                if ((chunkMask & (1L << (k & 63))) != 0 && holds(keysOf, ids.getLong(1), customerKey, keys)) {
                    linesOf.setLong(1, ids.getLong(1));
                    try (ResultSet rs = linesOf.executeQuery()) {
                        rs.next();
                        OrderLineChunk chunk = decoder.decode(rs, buffers);
                        for (int i = 0; i < chunk.size(); i++) {
                            if (chunk.customerKey(i) == customerKey) {
                                consumer.accept(chunk, i);
                            }
                        }
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new SQLException("The project file is damaged: a stored chunk of order lines cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    private boolean holds(PreparedStatement keysOf, long chunkId, int customerKey, int[] keys) throws SQLException, DataFormatException {
        keysOf.setLong(1, chunkId);
        try (ResultSet rs = keysOf.executeQuery()) {
            rs.next();
            int n = rs.getInt(1);
            codec.ints(rs.getBytes(2), n, keys);
            for (int i = 0; i < n; i++) {
                if (keys[i] == customerKey) {
                    return true;
                }
            }
            return false;
        }
    }
}
