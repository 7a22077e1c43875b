package fangrid.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Order lines to analyse, chunk by chunk: a project's stored lines ({@link OrderLineStore}) or a file's lines held in
 * memory ({@link MemoryOrderLines}, {@code analyze --input}). The per-customer columns read either the same way.
 */
public interface OrderLines {
    /** How many order lines there are. */
    long lineCount() throws SQLException;

    /** The date of the latest order line, if there is one. */
    Optional<LocalDate> lastDay() throws SQLException;

    /**
     * Passes every chunk in file order, with at least {@code columns} filled in. A chunk may share its arrays with
     * the next, so the consumer must not keep one beyond its call.
     */
    void scan(Set<OrderLineStore.Column> columns, OrderLineStore.ChunkConsumer consumer) throws SQLException;
}
