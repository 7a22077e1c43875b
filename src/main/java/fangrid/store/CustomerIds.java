package fangrid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;

/**
 * The customer ids of a project by index (customer key − 1) as the shop's files wrote them, for display and export;
 * null where a key is no longer a person. Imports match people on the normalised {@code customer_id} instead.
 *
 * <p>The ids are read from a packed copy, {@value #CHUNK} keys to a row of {@code customer_id_chunk}, encoded as a
 * text column of the order lines is ({@link ColumnCodec}): 2 M ids took 2.2 s to read from the customer table's rows.
 * The first load after the people changed reads the rows and writes the copy; whatever adds or removes people empties
 * it in its own transaction ({@link #forget}), and a copy that does not cover the table's people is not used.
 */
public final class CustomerIds {
    static final int CHUNK = 65_536;

    private CustomerIds() {
    }

    /** Every id by index at once, as {@link #read} gives them. */
    public static String[] load(Connection c) throws SQLException {
        return read(c).all();
    }

    /**
     * The ids by index, each chunk of the packed copy decoded when first asked for; from the rows, which then become
     * the packed copy, when there is none for the table's people.
     */
    public static CustomerIdChunks read(Connection c) throws SQLException {
        int keys;
        int people;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(customer_key), 0),"
                + " COUNT(*) FROM customer")) {
            rs.next();
            keys = rs.getInt(1);
            people = rs.getInt(2);
        }
        CustomerIdChunks packed = packed(c, keys, people);
        if (packed != null) {
            return packed;
        }
        String[] ids = new String[keys];
        LazyScan.rows(c, "SELECT customer_key, COALESCE(source_id, customer_id) FROM customer", rs -> ids[rs.getInt(1) - 1] = rs.getString(2));
        store(c, ids);
        return CustomerIdChunks.of(ids);
    }

    /** Empties the packed copy, as the people change in the caller's transaction. */
    static void forget(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM customer_id_chunk");
        }
    }

    /** The packed copy, or null when it does not hold exactly the table's {@code people}. */
    private static CustomerIdChunks packed(Connection c, int keys, int people) throws SQLException {
        int chunks;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(key_count), 0),"
                + " COALESCE(SUM(person_count), 0), COUNT(*) FROM customer_id_chunk")) {
            rs.next();
            chunks = rs.getInt(3);
            if (rs.getLong(1) != keys || rs.getLong(2) != people || chunks == 0) {
                return null;
            }
        }
        byte[][] packed = new byte[chunks][];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT chunk_no, key_count, ids FROM"
                + " customer_id_chunk ORDER BY chunk_no")) {
            for (int k = 0; rs.next(); k++) {
                if (rs.getInt(1) != k || rs.getInt(2) != Math.min(CHUNK, keys - k * CHUNK)) {
                    throw new SQLException("The project file is damaged: the stored customer ids do not follow each"
                            + " other (chunk " + rs.getInt(1) + " of " + rs.getInt(2) + " keys in place " + k + ")");
                }
                packed[k] = rs.getBytes(3);
            }
        }
        return CustomerIdChunks.packed(keys, packed);
    }

    /**
     * Writes the packed copy in a transaction of its own, unless the connection may not write or is inside a
     * transaction of its caller's. A copy that cannot be written (a full disk) is no reason to fail an analysis: the
     * ids are in hand, and the next load reads the rows again.
     */
    private static void store(Connection c, String[] ids) throws SQLException {
        if (c.isReadOnly() || !c.getAutoCommit() || ids.length == 0) {
            return;
        }
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO customer_id_chunk(chunk_no, key_count,"
                + " person_count, ids) VALUES (?, ?, ?, ?)")) {
            forget(c);
            ColumnCodec codec = new ColumnCodec();
            for (int from = 0, no = 0; from < ids.length; from += CHUNK, no++) {
                int n = Math.min(CHUNK, ids.length - from);
                int[] refs = new int[n];
                int present = 0;
                for (int i = 0; i < n; i++) {
                    refs[i] = ids[from + i] == null ? StringColumn.NONE : present++;
                }
                // every id is its own value: no dictionary to build
                String[] values = Arrays.stream(ids, from, from + n).filter(Objects::nonNull).toArray(String[]::new);
                p.setInt(1, no);
                p.setInt(2, n);
                p.setInt(3, present);
                p.setBytes(4, codec.strings(new StringColumn(refs, Arrays.asList(values), n)));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
        } finally {
            c.setAutoCommit(true);
        }
    }
}
