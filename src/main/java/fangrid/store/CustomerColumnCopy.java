package fangrid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;

/**
 * A packed copy of per-customer columns (int, long, double, byte or boolean arrays of one length), kept in the project
 * so that opening reads them instead of building them from the order lines: {@value #CHUNK} customers to a row of
 * {@code customer_column_chunk}, encoded as the order lines' columns are ({@link ColumnCodec}). There is one copy at a
 * time, under a key the caller names (what the columns were built from) together with the project's imports: a copy
 * is found only under the same key and the same imports (so an import leaves it unread until replaced), and undoing
 * or removing an import empties it in its own transaction ({@link #forget}).
 */
public final class CustomerColumnCopy {
    static final int CHUNK = 65_536;

    private CustomerColumnCopy() {
    }

    /** A stored copy's length and the numbers stored with it. */
    public record Found(int size, long[] scalars) {
    }

    /** The copy stored under {@code key} for the project's imports as they are now, if there is one. */
    public static Optional<Found> find(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT key_count, scalars FROM customer_column_copy"
                + " WHERE copy_key = ?")) {
            p.setString(1, fullKey(c, key));
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String scalars = rs.getString(2);
                return Optional.of(new Found(rs.getInt(1), scalars.isEmpty() ? new long[0]
                        : Arrays.stream(scalars.split(",")).mapToLong(Long::parseLong).toArray()));
            }
        }
    }

    /**
     * Reads the copy {@link #find} found into {@code columns}, each as long as its size and of the kinds it was
     * written with, in the same order; false when its rows do not cover them (the copy is then of no use).
     */
    public static boolean read(Connection c, List<Object> columns, int size) throws SQLException {
        ColumnCodec codec = new ColumnCodec();
        int covered = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT chunk_no, key_count, columns"
                + " FROM customer_column_chunk ORDER BY chunk_no")) {
            while (rs.next()) {
                int from = rs.getInt(1) * CHUNK;
                int n = rs.getInt(2);
                if (from != covered || from + n > size) {
                    return false;
                }
                try (InputStream packed = rs.getBinaryStream(3)) {
                    codec.rows(packed, columns, from, n);
                }
                covered += n;
            }
        } catch (DataFormatException | IOException e) {
            return false;
        }
        return covered == size;
    }

    /**
     * Replaces the copy with {@code columns} (all of one length) under {@code key}, in a transaction of its own,
     * unless the connection may not write or is inside a transaction of its caller's. A copy that cannot be written
     * (a full disk) is no reason to fail: the columns are in hand, and the next opening builds them again.
     */
    public static void write(Connection c, String key, long[] scalars, List<Object> columns) throws SQLException {
        if (c.isReadOnly() || !c.getAutoCommit()) {
            return;
        }
        int size = java.lang.reflect.Array.getLength(columns.get(0));
        c.setAutoCommit(false);
        try (PreparedStatement chunk = c.prepareStatement("INSERT INTO customer_column_chunk(chunk_no, key_count,"
                + " columns) VALUES (?, ?, ?)");
             PreparedStatement copy = c.prepareStatement("INSERT INTO customer_column_copy(copy_key, key_count,"
                     + " scalars) VALUES (?, ?, ?)")) {
            forget(c);
            ColumnCodec codec = new ColumnCodec();
            for (int from = 0, no = 0; from < size; from += CHUNK, no++) {
                int n = Math.min(CHUNK, size - from);
                chunk.setInt(1, no);
                chunk.setInt(2, n);
                chunk.setBytes(3, codec.rows(columns, from, n));
                chunk.executeUpdate();
            }
            copy.setString(1, fullKey(c, key));
            copy.setInt(2, size);
            copy.setString(3, String.join(",", Arrays.stream(scalars).mapToObj(Long::toString).toList()));
            copy.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Empties the copy, as the imports change in the caller's transaction. */
    static void forget(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM customer_column_chunk");
            s.executeUpdate("DELETE FROM customer_column_copy");
        }
    }

    /** {@code key} with every import's id, state, row count and file content, as a SHA-256 in hex. */
    private static String fullKey(Connection c, String key) throws SQLException {
        StringBuilder text = new StringBuilder(key);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT import_id, complete,"
                + " rows_imported, sha256 FROM import_log ORDER BY import_id")) {
            while (rs.next()) {
                text.append('\n').append(rs.getLong(1)).append(' ').append(rs.getBoolean(2)).append(' ')
                        .append(rs.getLong(3)).append(' ').append(rs.getString(4));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
