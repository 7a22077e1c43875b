package fangrid.store;

import java.sql.SQLException;

/**
 * Where an import puts the order lines it reads, a chunk at a time: a project ({@link OrderLineAppender}) or memory
 * ({@link MemoryOrderLines}).
 */
public interface OrderLineSink extends AutoCloseable {
    /** The chunk to add lines to; a full one is handed over with {@link #handOver}. */
    OrderLineChunk chunk();

    /** Takes the full chunk and gives an empty one to fill. */
    void handOver() throws SQLException;

    /** Takes every line added so far. */
    void flush() throws SQLException;

    @Override
    void close();
}
