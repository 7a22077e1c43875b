package fangrid.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores one import's order lines chunk by chunk, compressing each full chunk on a second thread while the caller
 * fills the next: compressing is about a third of an import's writing work, and the core of the thread that reads
 * the file has time to spare. Chunks are stored in the order they were filled, on the caller's thread (the only
 * one that uses the connection).
 */
public final class OrderLineAppender implements OrderLineSink {
    private final OrderLineStore store;
    private final long importId;
    /** The packing thread's. */
    private final ColumnCodec codec = new ColumnCodec();
    private final ExecutorService packer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fangrid-chunk-packer");
        t.setDaemon(true);
        return t;
    });
    private OrderLineChunk filling = new OrderLineChunk();
    private OrderLineChunk inPacking = new OrderLineChunk();
    private Future<OrderLineStore.Packed> packing;

    public OrderLineAppender(Connection c, long importId) {
        this.store = new OrderLineStore(c);
        this.importId = importId;
    }

    /** The chunk to add lines to; a full one is handed over with {@link #handOver}. */
    @Override
    public OrderLineChunk chunk() {
        return filling;
    }

    /** Starts compressing the filled chunk and gives an empty one to fill, storing the chunk handed over before. */
    @Override
    public void handOver() throws SQLException {
        storePacked();
        OrderLineChunk full = filling;
        filling = inPacking;
        filling.clear();
        inPacking = full;
        packing = packer.submit(() -> OrderLineStore.pack(full, codec));
    }

    /** Stores every line added so far; the caller commits. */
    @Override
    public void flush() throws SQLException {
        storePacked();
        store.append(importId, filling);
        filling.clear();
    }

    private void storePacked() throws SQLException {
        if (packing == null) {
            return;
        }
        OrderLineStore.Packed packed;
        try {
            packed = packing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Cannot compress order lines", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while compressing order lines", e);
        } finally {
            packing = null;
        }
        store.insert(importId, packed);
    }

    @Override
    public void close() {
        packer.shutdownNow();
    }
}
