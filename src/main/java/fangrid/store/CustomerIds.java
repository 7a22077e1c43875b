package fangrid.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The customer ids of a project by index (customer key − 1); null where a key is no longer a person. */
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
            LazyScan.rows(c, "SELECT customer_key, customer_id FROM customer", rs -> ids[rs.getInt(1) - 1] = rs.getString(2));
            return ids;
        }
    }
}
