package fangrid.importer.write;

import fangrid.domain.ColumnMapping;
import fangrid.domain.Field;
import fangrid.domain.SkipReason;
import fangrid.importer.parse.ValueParsers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores customer profiles: new people are added (and belong to this import), known people get their profile
 * updated (and stay with the import that first brought them, so undoing this import never removes them).
 */
final class CustomerWriter extends RowWriter {
    private static final String PROFILE = "name = ?, email = ?, phone = ?, prefecture = ?, gender = ?, birth_date = ?,"
            + " signup_date = ?, channel = ?, profile_import_id = ?";

    private final CustomerKeys customers;
    private final PreparedStatement insert;

    CustomerWriter(Connection c, ColumnMapping mapping, List<String> header, long importId, CustomerKeys customers)
            throws SQLException {
        super(c, "UPDATE customer SET " + PROFILE + " WHERE customer_key = ?", mapping, header, importId);
        this.customers = customers;
        this.insert = c.prepareStatement("INSERT INTO customer(name, email, phone, prefecture, gender, birth_date,"
                + " signup_date, channel, profile_import_id, customer_key, customer_id, source_id, import_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    SkipReason write(String[] cells) throws BadRowException, SQLException {
        String id = code(cells, Field.CUSTOMER_ID);
        if (id == null) {
            return SkipReason.NO_CUSTOMER_ID;
        }
        String customerId = ValueParsers.id(id);
        boolean known = customers.isKnown(customerId);
        PreparedStatement p = known ? statement : insert;
        p.setString(1, raw(cells, Field.NAME));
        p.setString(2, raw(cells, Field.EMAIL));
        p.setString(3, raw(cells, Field.PHONE));
        p.setString(4, raw(cells, Field.PREFECTURE));
        p.setString(5, raw(cells, Field.GENDER));
        p.setObject(6, date(cells, Field.BIRTH_DATE));
        p.setObject(7, date(cells, Field.SIGNUP_DATE));
        p.setString(8, raw(cells, Field.CHANNEL));
        p.setLong(9, importId);
        p.setInt(10, customers.claim(customerId));
        if (known) {
            addBatch();
        } else {
            p.setString(11, customerId);
            p.setString(12, CustomerKeys.sourceIfDifferent(customerId, ValueParsers.sourceId(id)));
            p.setLong(13, importId);
            insert.addBatch();
            countPending();
        }
        return null;
    }

    @Override
    public void flush() throws SQLException {
        insert.executeBatch();
        super.flush();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        super.close();
    }
}
