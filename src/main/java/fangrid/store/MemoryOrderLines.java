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
        full.add(chunk);
    }

    @Override
    public long lineCount() {
        return lines;
    }

    @Override
    public Optional<LocalDate> lastDay() {
        return lines == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(lastDay));
    }

    /** Passes every kept chunk with all its columns, whatever {@code columns} asks for. */
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
