package fangrid.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;

/**
 * The project's order lines, stored as compressed column chunks ({@link OrderLineChunk}): one H2 row per 65,536
 * lines. Row-per-line storage wrote 20 M lines at 67 k lines/s and took minutes to read back; chunks write and
 * read millions per second, and an analysis reads only the columns it needs.
 */
public final class OrderLineStore implements OrderLines {
    /** The stored columns; a scan decodes only those asked for. */
    public enum Column {
        CUSTOMER_KEY("customer_keys"), DAY("days"), KIND("kinds"), AMOUNT("amounts"), QUANTITY("quantities"),
        UNIT_PRICE("unit_prices"), ORDER_HASH("order_hashes"), LINE_HASH("line_hashes"), ORDER_ID("order_ids"),
        PRODUCT_CODE("product_codes"), PRODUCT_NAME("product_names"), CATEGORY("categories"), CHANNEL("channels");

        final String sqlName;

        Column(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    /** Receives the chunks of a scan, one at a time, while another thread reads on: it must not use the connection. */
    @FunctionalInterface
    public interface ChunkConsumer {
        void accept(OrderLineChunk chunk) throws SQLException;
    }

    private static final String COLUMNS = EnumSet.allOf(Column.class).stream().map(c -> c.sqlName)
            .collect(Collectors.joining(", "));

    private final Connection c;
    private final ColumnCodec codec = new ColumnCodec();

    public OrderLineStore(Connection c) {
        this.c = c;
    }

    /** Stores the chunk's lines as part of import {@code importId}; the caller commits. */
    public void append(long importId, OrderLineChunk chunk) throws SQLException {
        if (chunk.size > 0) {
            insert(importId, pack(chunk, codec));
        }
    }

    /** A chunk's columns compressed, with what its row says of them: work without the database, for any thread. */
    record Packed(int rows, int firstDay, int lastDay, byte[][] columns) {
    }

    static Packed pack(OrderLineChunk chunk, ColumnCodec codec) {
        int n = chunk.size;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, chunk.day[i]);
            last = Math.max(last, chunk.day[i]);
        }
        return new Packed(n, first, last, new byte[][] {
            codec.ints(chunk.customerKey, n), codec.ints(chunk.day, n), codec.bytes(chunk.kind, n),
            codec.doubles(chunk.amount, n), codec.doubles(chunk.quantity, n), codec.doubles(chunk.unitPrice, n),
            codec.longs(chunk.orderHash, n), codec.longs(chunk.lineHash, n), codec.strings(chunk.orderId),
            codec.strings(chunk.productCode), codec.strings(chunk.productName), codec.strings(chunk.category),
            codec.strings(chunk.channel)});
    }

    /** Stores a packed chunk, which holds at least one line. */
    void insert(long importId, Packed chunk) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO txn_chunk(import_id, row_count, first_day, last_day, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, importId);
            p.setInt(2, chunk.rows());
            p.setObject(3, LocalDate.ofEpochDay(chunk.firstDay()));
            p.setObject(4, LocalDate.ofEpochDay(chunk.lastDay()));
            for (int i = 0; i < chunk.columns().length; i++) {
                p.setBytes(5 + i, chunk.columns()[i]);
            }
            p.executeUpdate();
        }
    }

    /**
     * Decodes every chunk (oldest import first, in file order), with only {@code columns} filled in. The chunks
     * share their arrays, so the consumer must not keep one beyond its call.
     */
    @Override
    public void scan(Set<Column> columns, ChunkConsumer consumer) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT row_count");
        for (Column col : Column.values()) {
            sql.append(", ").append(columns.contains(col) ? col.sqlName : "NULL");
        }
        sql.append(" FROM txn_chunk ORDER BY chunk_id");
        scan(sql.toString(), consumer);
    }

    /**
     * Reads and decodes on a second thread while the consumer works on the previous chunk (the two take about as
     * long), passing two sets of arrays back and forth. The connection is only used by that thread meanwhile.
     */
    private void scan(String sql, ChunkConsumer consumer) throws SQLException {
        BlockingQueue<Object> decoded = new ArrayBlockingQueue<>(1);
        BlockingQueue<OrderLineChunk> free = new ArrayBlockingQueue<>(2, false, List.of(new OrderLineChunk(), new OrderLineChunk()));
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> read(sql, decoded, free, stop), "fangrid-order-line-reader");
        reader.setDaemon(true);
        reader.start();
        OrderLineChunk inHand = null;
        try {
            for (Object next; (next = decoded.take()) != END; ) {
                if (next instanceof Exception e) {
                    throw e instanceof DataFormatException ? new SQLException("The project file is damaged: a stored chunk"
                            + " of order lines cannot be read (" + e.getMessage() + ")", e)
                            : e instanceof SQLException q ? q : new SQLException(e.getMessage(), e);
                }
                Decoded d = (Decoded) next;
                inHand = d.buffers();
                consumer.accept(d.chunk());
                free.put(inHand);
                inHand = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading order lines", e);
        } finally {
            // never interrupt the reader: H2 closes its file when a thread is interrupted during I/O
            stop.set(true);
            decoded.clear();
            if (inHand != null) {
                free.offer(inHand);
            }
            Threads.joinUninterruptibly(reader);
        }
    }

    private static final Object END = new Object();

    /** A decoded chunk and the arrays it lives in, to hand back for the next one. */
    private record Decoded(OrderLineChunk chunk, OrderLineChunk buffers) {
    }

    private void read(String sql, BlockingQueue<Object> decoded, BlockingQueue<OrderLineChunk> free, AtomicBoolean stop) {
        Object last = END;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setFetchSize(2);
            try (ResultSet rs = p.executeQuery()) {
                while (!stop.get() && rs.next()) {
                    OrderLineChunk buffers = free.take();
                    if (stop.get()) {
                        break;
                    }
                    decoded.put(new Decoded(decode(rs, buffers), buffers));
                }
            }
        } catch (SQLException | DataFormatException | RuntimeException e) {
            last = e;
        } catch (InterruptedException e) {
            return;
        }
        while (!stop.get()) {
            try {
                if (decoded.offer(last, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Decodes a row into {@code into}'s arrays; columns not selected come back empty. */
    OrderLineChunk decode(ResultSet rs, OrderLineChunk into) throws SQLException, DataFormatException {
        int n = rs.getInt(1);
        StringColumn none = new StringColumn(new int[0], List.of(), 0);
        byte[] v;
        return new OrderLineChunk(
                (v = rs.getBytes(2)) == null ? new int[0] : codec.ints(v, n, into.customerKey),
                (v = rs.getBytes(3)) == null ? new int[0] : codec.ints(v, n, into.day),
                (v = rs.getBytes(4)) == null ? new byte[0] : codec.bytes(v, n, into.kind),
                (v = rs.getBytes(5)) == null ? new double[0] : codec.doubles(v, n, into.amount),
                (v = rs.getBytes(6)) == null ? new double[0] : codec.doubles(v, n, into.quantity),
                (v = rs.getBytes(7)) == null ? new double[0] : codec.doubles(v, n, into.unitPrice),
                (v = rs.getBytes(8)) == null ? new long[0] : codec.longs(v, n, into.orderHash),
                (v = rs.getBytes(9)) == null ? new long[0] : codec.longs(v, n, into.lineHash),
                (v = rs.getBytes(10)) == null ? none : codec.strings(v, n, into.orderId.refs),
                (v = rs.getBytes(11)) == null ? none : codec.strings(v, n, into.productCode.refs),
                (v = rs.getBytes(12)) == null ? none : codec.strings(v, n, into.productName.refs),
                (v = rs.getBytes(13)) == null ? none : codec.strings(v, n, into.category.refs),
                (v = rs.getBytes(14)) == null ? none : codec.strings(v, n, into.channel.refs),
                n);
    }

    /** Removes the lines of import {@code importId}; the caller commits. */
    public void deleteImport(long importId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM txn_chunk WHERE import_id = ?")) {
            p.setLong(1, importId);
            p.executeUpdate();
        }
    }

    /** How many order lines the project holds. */
    @Override
    public long lineCount() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(row_count), 0) FROM txn_chunk")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The date of the latest order line, if there is one. */
    @Override
    public Optional<LocalDate> lastDay() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(last_day) FROM txn_chunk")) {
            rs.next();
            Date d = rs.getDate(1);
            return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
        }
    }
}
