package fangrid.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The customer ids of a project by index (customer key − 1) as the shop's files wrote them, for display and export;
 * null where a key is no longer a person. Imports match people on the normalised {@code customer_id} instead.
 */
public final class CustomerIds {
    private CustomerIds() {
    }

    public static String[] load(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int size;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(customer_key), 0) FROM customer")) {
                rs.next();
                size = rs.getInt(1);
            }
            String[] ids = new String[size];
            LazyScan.rows(c, "SELECT customer_key, COALESCE(source_id, customer_id) FROM customer", rs -> ids[rs.getInt(1) - 1] = rs.getString(2));
            return ids;
        }
    }
}
