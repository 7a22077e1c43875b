package fangrid.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An import's order lines kept in memory as the chunks it filled, uncompressed, for an analysis that stores nothing
 * ({@code analyze --input}): the importer writes them as it would into a project, the column build reads them as
 * it reads a project's.
 */
public final class MemoryOrderLines implements OrderLineSink, OrderLines {
    private final List<OrderLineChunk> full = new ArrayList<>();
    private OrderLineChunk filling = new OrderLineChunk();
    private long lines;
    private int lastDay = Integer.MIN_VALUE;

    @Override
    public OrderLineChunk chunk() {
        return filling;
    }

    @Override
    public void handOver() {
        keep(filling);
        filling = new OrderLineChunk();
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
        full.add(analysedColumns(chunk));
    }

    /**
     * The chunk with only the columns the per-customer columns read (customer, day, kind, amount, quantity, order
     * hash, product code and category, the last two without their lookup index): order ids, names, channels, unit
     * prices and line hashes are for a customer's timeline and duplicate detection, which a file analysed as it is
     * has no use for, and would double the memory of a file of millions of lines.
     */
    private static OrderLineChunk analysedColumns(OrderLineChunk c) {
        StringColumn none = new StringColumn(new int[0], List.of(), 0);
        return new OrderLineChunk(c.customerKey, c.day, c.kind, c.amount, c.quantity, new double[0], c.orderHash,
                new long[0], none, withoutIndex(c.productCode), none, withoutIndex(c.category), none, c.size);
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
     * Passes every kept chunk with the columns an analysis reads (see {@link #analysedColumns}), whatever
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
