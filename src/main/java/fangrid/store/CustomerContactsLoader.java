package fangrid.store;

import fangrid.domain.CustomerContacts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Loads the names, emails and phones of a project's people by index (customer key − 1), like {@link CustomerIds}. */
public final class CustomerContactsLoader {
    private CustomerContactsLoader() {
    }

    /** Every person's contact details; only people with a profile are read, the rest stay null. */
    public static CustomerContacts load(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int size;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(customer_key), 0) FROM customer")) {
                rs.next();
                size = rs.getInt(1);
            }
            String[] names = new String[size];
            String[] emails = new String[size];
            String[] phones = new String[size];
            LazyScan.rows(c, "SELECT customer_key, name, email, phone FROM customer"
                    + " WHERE name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL", rs -> {
                        int i = rs.getInt(1) - 1;
                        names[i] = rs.getString(2);
                        emails[i] = rs.getString(3);
                        phones[i] = rs.getString(4);
                    });
            return new CustomerContacts(names, emails, phones);
        }
    }
}
