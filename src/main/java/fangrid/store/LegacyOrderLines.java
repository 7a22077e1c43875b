package fangrid.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Schema V2: moves the order lines of V1's row-per-line {@code txn} table into chunks, then drops it. */
final class LegacyOrderLines {
    private LegacyOrderLines() {
    }

    static void convert(Connection c) throws SQLException {
        OrderLineStore store = new OrderLineStore(c);
        OrderLineChunk chunk = new OrderLineChunk();
        long importId = -1;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT import_id, customer_key, order_id,"
                + " txn_date, kind, amount, quantity, unit_price, product_code, product_name, category, channel, line_hash"
                + " FROM txn ORDER BY import_id, txn_id")) {
            while (rs.next()) {
                if (rs.getLong(1) != importId || chunk.isFull()) {
                    store.append(importId, chunk);
                    chunk.clear();
                    importId = rs.getLong(1);
                }
                chunk.add(rs.getInt(2), (int) rs.getDate(4).toLocalDate().toEpochDay(), rs.getInt(5), rs.getDouble(6),
                        orNaN(rs, 7), orNaN(rs, 8), rs.getString(3), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getLong(13));
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
