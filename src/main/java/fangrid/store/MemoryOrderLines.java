package fangrid.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An import's order lines kept in memory as the chunks it filled, uncompressed, for an analysis that stores nothing
 * ({@code analyze --input}): the importer writes them as it would into a project, into chunks that keep only what
 * an analysis reads ({@link OrderLineChunk#forAnalysis}); the column build reads them as it reads a project's.
 */
public final class MemoryOrderLines implements OrderLineSink, OrderLines {
    private final List<OrderLineChunk> full = new ArrayList<>();
    private OrderLineChunk filling = OrderLineChunk.forAnalysis();
    private long lines;
    private int lastDay = Integer.MIN_VALUE;

    @Override
    public OrderLineChunk chunk() {
        return filling;
    }

    @Override
    public void handOver() {
        keep(filling);
        filling = OrderLineChunk.forAnalysis();
    }

    @Override
    public void flush() {
        if (filling.size() > 0) {
            handOver();
        }
    }

    private void keep(OrderLineChunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            lastDay = Math.max(lastDay, chunk.day[i]);
        }
        lines += chunk.size();
        full.add(withoutIndexes(chunk));
    }

    /** The full chunk as kept: its product codes and categories without their lookup index, which only adding uses. */
    private static OrderLineChunk withoutIndexes(OrderLineChunk c) {
        return new OrderLineChunk(c.customerKey, c.day, c.kind, c.amount, c.quantity, c.unitPrice, c.orderHash,
                c.lineHash, c.orderId, withoutIndex(c.productCode), c.productName, withoutIndex(c.category), c.channel,
                c.size);
    }

    private static StringColumn withoutIndex(StringColumn s) {
        return new StringColumn(s.refs, s.values, s.size);
    }

    @Override
    public long lineCount() {
        return lines;
    }

    @Override
    public Optional<LocalDate> lastDay() {
        return lines == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(lastDay));
    }

    /**
     * Passes every kept chunk with the columns an analysis reads (see {@link OrderLineChunk#forAnalysis}), whatever
     * {@code columns} asks for.
     */
    @Override
    public void scan(Set<OrderLineStore.Column> columns, OrderLineStore.ChunkConsumer consumer)
            throws java.sql.SQLException {
        for (OrderLineChunk chunk : full) {
            consumer.accept(chunk);
        }
    }

    @Override
    public void close() {
        // nothing to release: the chunks stay for the analysis
    }
}
