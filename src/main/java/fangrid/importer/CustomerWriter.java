package fangrid.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Stores customer profiles, adding or updating people by their id. */
final class CustomerWriter extends RowWriter {
    private final CustomerKeys customers;

    CustomerWriter(Connection c, ColumnMapping mapping, List<String> header, long importId, CustomerKeys customers)
            throws SQLException {
        super(c, "MERGE INTO customer(name, email, phone, prefecture, gender, birth_date, signup_date, channel,"
                + " customer_key, customer_id, import_id) KEY(customer_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mapping, header, importId);
        this.customers = customers;
    }

    @Override
    String write(String[] cells) throws BadRowException, SQLException {
        String id = raw(cells, Field.CUSTOMER_ID);
        if (id == null) {
            return "no customer id";
        }
        statement.setString(1, raw(cells, Field.NAME));
        statement.setString(2, raw(cells, Field.EMAIL));
        statement.setString(3, raw(cells, Field.PHONE));
        statement.setString(4, raw(cells, Field.PREFECTURE));
        statement.setString(5, raw(cells, Field.GENDER));
        statement.setObject(6, date(cells, Field.BIRTH_DATE));
        statement.setObject(7, date(cells, Field.SIGNUP_DATE));
        statement.setString(8, raw(cells, Field.CHANNEL));
        String customerId = ValueParsers.id(id);
        statement.setInt(9, customers.claim(customerId));
        statement.setString(10, customerId);
        statement.setLong(11, importId);
        addBatch();
        return null;
    }
}
