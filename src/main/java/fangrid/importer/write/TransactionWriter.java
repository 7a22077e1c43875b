package fangrid.importer.write;

import fangrid.domain.ColumnMapping;
import fangrid.domain.Field;
import fangrid.domain.SkipReason;
import fangrid.domain.TransactionKind;
import fangrid.importer.parse.ValueParsers;
import fangrid.store.LineHash;
import fangrid.store.OrderLineAppender;
import fangrid.store.OrderLineSink;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Stores order lines: a row is a return when its kind says so, its amount or quantity is negative, or its order id starts with C. */
final class TransactionWriter extends RowWriter {
    /** The key of a line whose customer id holds a control character: the writing thread refuses the line. */
    private static final int UNREADABLE_ID = -2;

    private final Connection connection;
    private final CustomerKeys customers;
    /** Null where the lines are not fingerprinted ({@link fangrid.store.Project#createTemporary}): stored as 0. */
    private final LineFingerprints fingerprints;
    private final OrderLineSink lines;
    /*
     * An order's lines come together and repeat its customer, order id, date and kind: each is worked out once per
     * run of equal cells (the same text gives the same value), and so is the part of the line hash they make.
     */
    private int lastKey = -1;
    private String lastCustomerId;
    private String lastSourceId;
    private String lastOrderCell;
    private String lastOrderId;
    private String lastKindCell;
    private TransactionKind lastKindSaid;
    private String hashedCustomerId;
    private String hashedOrderId;
    private LocalDate hashedDate;
    private long hashedOrderPart;

    TransactionWriter(Connection c, ColumnMapping mapping, List<String> header, long importId, CustomerKeys customers,
                      boolean fingerprintLines) throws SQLException {
        super(c, null, mapping, header, importId);
        this.connection = c;
        this.customers = customers;
        this.fingerprints = fingerprintLines ? new LineFingerprints(new OrderLineStore(c)) : null;
        this.lines = new OrderLineAppender(c, importId);
    }

    /** A writer into {@code lines} and {@code customers} without a project: nothing fingerprinted, nothing committed. */
    TransactionWriter(ColumnMapping mapping, List<String> header, CustomerKeys customers, OrderLineSink lines)
            throws SQLException {
        super(null, null, mapping, header, 0);
        this.connection = null;
        this.customers = customers;
        this.fingerprints = null;
        this.lines = lines;
    }

    /**
     * The line's customer key, resolved on the reading thread (a map of millions of ids is slow to search); an id
     * that {@link #id} refuses gets no key, so that no one is added for it.
     */
    @Override
    public int key(String[] cells) {
        String id = raw(cells, Field.CUSTOMER_ID);
        if (id == null) {
            return -1;
        }
        return ValueParsers.controlCharacter(id) >= 0 ? UNREADABLE_ID : customers.claimForLine(ValueParsers.id(id));
    }

    @Override
    SkipReason write(String[] cells) throws BadRowException, SQLException {
        return write(cells, key(cells));
    }

    @Override
    public SkipReason write(String[] cells, int key) throws BadRowException, SQLException {
        if (key == UNREADABLE_ID) {
            id(cells, Field.CUSTOMER_ID); // refuses the row, naming the column and the character
        }
        if (key < 0) {
            return SkipReason.NO_CUSTOMER_ID;
        }
        LocalDate date = date(cells, Field.DATE);
        if (date == null) {
            throw new BadRowException(columnName(Field.DATE), "no date");
        }
        double quantity = numberOrNaN(cells, Field.QUANTITY);
        double unitPrice = numberOrNaN(cells, Field.UNIT_PRICE);
        double amount = numberOrNaN(cells, Field.AMOUNT);
        if (Double.isNaN(amount)) {
            if (Double.isNaN(quantity) || Double.isNaN(unitPrice)) {
                throw new BadRowException(mapping.column(Field.AMOUNT) >= 0 ? columnName(Field.AMOUNT) : null,
                        "no amount, nor quantity and unit price");
            }
            amount = quantity * unitPrice;
        }
        String orderId = orderId(cells);
        TransactionKind kind = kind(cells, orderId, amount, quantity);
        String customerId = customerId(cells, key);
        String productCode = code(cells, Field.PRODUCT_CODE);
        long fingerprint = 0;
        if (fingerprints != null) {
            fingerprint = LineHash.of(orderPart(customerId, orderId, date), productCode, quantity, amount, kind);
            if (fingerprints.alreadyInProject(fingerprint)) {
                return SkipReason.ALREADY_IMPORTED;
            }
        }
        customers.storeIfNew(key, customerId, lastSourceId, importId);
        OrderLineChunk chunk = lines.chunk();
        chunk.add(key, (int) date.toEpochDay(), kind.code(), amount, quantity, unitPrice, orderId, productCode,
                raw(cells, Field.PRODUCT_NAME), raw(cells, Field.CATEGORY), raw(cells, Field.CHANNEL), fingerprint);
        if (chunk.isFull()) {
            lines.handOver();
            commitIfBatched();
        }
        return null;
    }

    /**
     * The customer id as {@link #key} read it, and the id as written ({@link #lastSourceId}): one key is one person,
     * so the previous line's serve while the key stays.
     */
    private String customerId(String[] cells, int key) {
        if (key != lastKey) {
            lastKey = key;
            String id = raw(cells, Field.CUSTOMER_ID);
            lastCustomerId = ValueParsers.id(id);
            lastSourceId = ValueParsers.sourceId(id);
        }
        return lastCustomerId;
    }

    private String orderId(String[] cells) throws BadRowException {
        String cell = cell(cells, Field.ORDER_ID);
        if (cell == null || !cell.equals(lastOrderCell)) {
            lastOrderId = id(cells, Field.ORDER_ID);
            lastOrderCell = cell;
        }
        return lastOrderId;
    }

    private long orderPart(String customerId, String orderId, LocalDate date) {
        if (customerId != hashedCustomerId || orderId != hashedOrderId || !date.equals(hashedDate)) {
            hashedCustomerId = customerId;
            hashedOrderId = orderId;
            hashedDate = date;
            hashedOrderPart = LineHash.orderPart(customerId, orderId, date);
        }
        return hashedOrderPart;
    }

    /** Stores the lines gathered so far. */
    @Override
    public void flush() throws SQLException {
        lines.flush();
        commitIfBatched();
    }

    private void commitIfBatched() throws SQLException {
        if (commitsEachBatch()) {
            connection.commit();
        }
    }

    @Override
    public void close() throws SQLException {
        lines.close();
        super.close();
    }

    private TransactionKind kind(String[] cells, String orderId, double amount, double quantity) {
        String cell = cell(cells, Field.KIND);
        if (!Objects.equals(cell, lastKindCell)) {
            lastKindCell = cell;
            String text = ValueParsers.text(cell);
            lastKindSaid = text == null ? null : said(text);
        }
        if (lastKindSaid != null) {
            return lastKindSaid;
        }
        if (amount < 0 || quantity < 0 || orderId != null && orderId.startsWith("C")) {
            return TransactionKind.RETURN;
        }
        return TransactionKind.ORDER;
    }

    /** RETURN or SHIPMENT when the kind text says so; null when it names an order or nothing known. */
    static TransactionKind said(String kindText) {
        String k = ValueParsers.fold(kindText).toLowerCase(Locale.ROOT);
        if (k.contains("返品") || k.contains("キャンセル") || k.contains("取消") || k.contains("return")
                || k.contains("cancel") || k.contains("refund") || k.contains("返金")) {
            return TransactionKind.RETURN;
        }
        if (k.contains("出荷") || k.contains("発送") || k.contains("ship")) {
            return TransactionKind.SHIPMENT;
        }
        return null;
    }
}
