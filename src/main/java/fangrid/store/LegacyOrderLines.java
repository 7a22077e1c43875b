package fangrid.store;

import fangrid.domain.TransactionKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Schema V2: moves the order lines of V1's row-per-line {@code txn} table into chunks, then drops it. */
final class LegacyOrderLines {
    private LegacyOrderLines() {
    }

    static void convert(Connection c) throws SQLException {
        OrderLineStore store = new OrderLineStore(c);
        OrderLineChunk chunk = new OrderLineChunk();
        long importId = -1;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.import_id, t.customer_key, t.order_id,"
                + " t.txn_date, t.kind, t.amount, t.quantity, t.unit_price, t.product_code, t.product_name, t.category,"
                + " t.channel, c.customer_id FROM txn t JOIN customer c ON c.customer_key = t.customer_key"
                + " ORDER BY t.import_id, t.txn_id")) {
            while (rs.next()) {
                if (rs.getLong(1) != importId || chunk.isFull()) {
                    store.append(importId, chunk);
                    chunk.clear();
                    importId = rs.getLong(1);
                }
                LocalDate date = rs.getDate(4).toLocalDate();
                double quantity = orNaN(rs, 7);
                // V1 mixed each line's occurrence into its stored hash; V2 stores the plain hash of the values
                long hash = LineHash.of(rs.getString(13), rs.getString(3), date, rs.getString(9), quantity, rs.getDouble(6),
                        TransactionKind.values()[rs.getInt(5)]);
                chunk.add(rs.getInt(2), (int) date.toEpochDay(), rs.getInt(5), rs.getDouble(6), quantity, orNaN(rs, 8),
                        rs.getString(3), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), hash);
            }
            store.append(importId, chunk);
            s.execute("DROP TABLE txn");
        }
    }

    private static double orNaN(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
