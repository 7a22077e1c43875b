package fangrid.importer;

import fangrid.domain.TransactionKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Stores order lines: a row is a return when its kind says so, its amount or quantity is negative, or its order id starts with C. */
final class TransactionWriter extends RowWriter {
    private final CustomerKeys customers;
    private final LineFingerprints fingerprints;

    TransactionWriter(Connection c, ColumnMapping mapping, List<String> header, long importId, CustomerKeys customers)
            throws SQLException {
        super(c, "INSERT INTO txn(import_id, customer_key, order_id, txn_date, kind, amount, quantity, unit_price,"
                + " product_code, product_name, category, channel, line_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mapping, header, importId);
        this.customers = customers;
        this.fingerprints = new LineFingerprints(c);
    }

    @Override
    String write(String[] cells) throws BadRowException, SQLException {
        String id = raw(cells, Field.CUSTOMER_ID);
        if (id == null) {
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
        String orderId = raw(cells, Field.ORDER_ID) == null ? null : ValueParsers.id(raw(cells, Field.ORDER_ID));
        TransactionKind kind = kind(raw(cells, Field.KIND), orderId, amount, quantity);
        String customerId = ValueParsers.id(id);
        String productCode = raw(cells, Field.PRODUCT_CODE);
        long fingerprint = fingerprints.next(LineFingerprints.hash(customerId, orderId, date, productCode, quantity,
                amount, kind));
        if (fingerprints.known(fingerprint)) {
            return "already in the project (overlapping export)";
        }
        statement.setLong(1, importId);
        statement.setInt(2, customers.keyOf(customerId, importId));
        statement.setString(3, orderId);
        statement.setObject(4, date);
        statement.setInt(5, kind.code());
        statement.setDouble(6, amount);
        setNullable(statement, 7, quantity, Types.DOUBLE);
        setNullable(statement, 8, unitPrice, Types.DOUBLE);
        statement.setString(9, productCode);
        statement.setString(10, raw(cells, Field.PRODUCT_NAME));
        statement.setString(11, raw(cells, Field.CATEGORY));
        statement.setString(12, raw(cells, Field.CHANNEL));
        statement.setLong(13, fingerprint);
        addBatch();
        return null;
    }

    static TransactionKind kind(String kindText, String orderId, double amount, Double quantity) {
        if (kindText != null) {
            String k = ValueParsers.fold(kindText).toLowerCase(Locale.ROOT);
            if (k.contains("返品") || k.contains("キャンセル") || k.contains("取消") || k.contains("return")
                    || k.contains("cancel") || k.contains("refund") || k.contains("返金")) {
                return TransactionKind.RETURN;
            }
            if (k.contains("出荷") || k.contains("発送") || k.contains("ship")) {
                return TransactionKind.SHIPMENT;
            }
        }
        if (amount < 0 || quantity != null && quantity < 0 || orderId != null && orderId.startsWith("C")) {
            return TransactionKind.RETURN;
        }
        return TransactionKind.ORDER;
    }
}
