package fangrid.importer;

import fangrid.domain.TransactionKind;
import fangrid.store.LineHash;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Stores order lines: a row is a return when its kind says so, its amount or quantity is negative, or its order id starts with C. */
final class TransactionWriter extends RowWriter {
    private final Connection connection;
    private final CustomerKeys customers;
    private final OrderLineStore store;
    private final LineFingerprints fingerprints;
    private final OrderLineChunk chunk = new OrderLineChunk();
    /** The kind column's last text and what it says (a file has a handful of kinds, repeated on every line). */
    private String lastKindText;
    private TransactionKind lastKindSaid;

    TransactionWriter(Connection c, ColumnMapping mapping, List<String> header, long importId, CustomerKeys customers)
            throws SQLException {
        super(c, null, mapping, header, importId);
        this.connection = c;
        this.customers = customers;
        this.store = new OrderLineStore(c);
        this.fingerprints = new LineFingerprints(store);
    }

    /** The line's customer key, resolved on the reading thread (a map of millions of ids is slow to search). */
    @Override
    int key(String[] cells) {
        String id = raw(cells, Field.CUSTOMER_ID);
        return id == null ? -1 : customers.claimForLine(ValueParsers.id(id));
    }

    @Override
    String write(String[] cells) throws BadRowException, SQLException {
        return write(cells, key(cells));
    }

    @Override
    String write(String[] cells, int key) throws BadRowException, SQLException {
        if (key < 0) {
            return "no customer id";
        }
        LocalDate date = date(cells, Field.DATE);
        if (date == null) {
            throw new BadRowException(columnName(Field.DATE), "no date");
        }
        Double quantity = number(cells, Field.QUANTITY);
        Double unitPrice = number(cells, Field.UNIT_PRICE);
        Double amount = number(cells, Field.AMOUNT);
        if (amount == null) {
            if (quantity == null || unitPrice == null) {
                throw new BadRowException(mapping.column(Field.AMOUNT) >= 0 ? columnName(Field.AMOUNT) : null,
                        "no amount, nor quantity and unit price");
            }
            amount = quantity * unitPrice;
        }
        String orderText = raw(cells, Field.ORDER_ID);
        String orderId = orderText == null ? null : ValueParsers.id(orderText);
        TransactionKind kind = kind(raw(cells, Field.KIND), orderId, amount, quantity);
        String customerId = ValueParsers.id(raw(cells, Field.CUSTOMER_ID));
        String productCode = raw(cells, Field.PRODUCT_CODE);
        double qty = quantity == null ? Double.NaN : quantity;
        long fingerprint = LineHash.of(customerId, orderId, date, productCode, qty, amount, kind);
        if (fingerprints.alreadyInProject(fingerprint)) {
            return "already in the project (overlapping export)";
        }
        customers.storeIfNew(key, customerId, importId);
        chunk.add(key, (int) date.toEpochDay(), kind.code(), amount, qty,
                unitPrice == null ? Double.NaN : unitPrice, orderId, productCode, raw(cells, Field.PRODUCT_NAME),
                raw(cells, Field.CATEGORY), raw(cells, Field.CHANNEL), fingerprint);
        if (chunk.isFull()) {
            flush();
        }
        return null;
    }

    /** Stores the lines gathered so far as one chunk. */
    @Override
    void flush() throws SQLException {
        store.append(importId, chunk);
        chunk.clear();
        if (commitsEachBatch()) {
            connection.commit();
        }
    }

    private TransactionKind kind(String kindText, String orderId, double amount, Double quantity) {
        if (kindText != null && !kindText.equals(lastKindText)) {
            lastKindText = kindText;
            lastKindSaid = said(kindText);
        }
        TransactionKind said = kindText == null ? null : lastKindSaid;
        if (said != null) {
            return said;
        }
        if (amount < 0 || quantity != null && quantity < 0 || orderId != null && orderId.startsWith("C")) {
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
