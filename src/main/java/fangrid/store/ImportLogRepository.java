package fangrid.store;

import fangrid.domain.ImportRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/** The project's import log. */
public final class ImportLogRepository {
    private final Connection c;

    ImportLogRepository(Connection c) {
        this.c = c;
    }

    /**
     * Starts a log line for an import and returns its id; the counts are set by {@link #finish}. The import may bring
     * people: the packed copy of the customer ids ({@link CustomerIds}) goes with this line. The kept per-customer
     * columns ({@link CustomerColumnCopy}) are not read once the log has this line (their key names every import).
     */
    public long start(String kind, String fileName, long fileSize, String sha256, String mapping) throws SQLException {
        CustomerIds.forget(c);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO import_log(kind, file_name, file_size, sha256,"
                + " imported_at, mapping, rows_read, rows_imported, rows_skipped) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, kind);
            p.setString(2, fileName);
            p.setLong(3, fileSize);
            p.setString(4, sha256);
            p.setObject(5, OffsetDateTime.now());
            p.setString(6, mapping);
            p.executeUpdate();
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Records the counts and marks the import complete. */
    public void finish(long id, long read, long imported, long skipped) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE import_log SET rows_read = ?, rows_imported = ?,"
                + " rows_skipped = ?, complete = TRUE WHERE import_id = ?")) {
            p.setLong(1, read);
            p.setLong(2, imported);
            p.setLong(3, skipped);
            p.setLong(4, id);
            p.executeUpdate();
        }
    }

    /**
     * Removes an import and everything it added: its transactions and survey answers, and the people it created,
     * who also leave the saved segments. The caller commits.
     */
    public void remove(long id) throws SQLException {
        RoaringBitmap people = new RoaringBitmap();
        try (PreparedStatement p = c.prepareStatement("SELECT customer_key FROM customer WHERE import_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    people.add(rs.getInt(1));
                }
            }
        }
        new OrderLineStore(c).deleteImport(id);
        for (String sql : new String[] {"DELETE FROM survey_answer WHERE import_id = ?",
                "DELETE FROM customer WHERE import_id = ?", "DELETE FROM import_log WHERE import_id = ?"}) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
        SegmentMembers.forget(c, people);
        CustomerIds.forget(c);
        CustomerColumnCopy.forget(c);
    }

    /** Removes imports that never completed (the app was stopped half-way); returns how many. */
    public int removeIncomplete() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT import_id FROM import_log WHERE NOT complete")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            remove(id);
        }
        return ids.size();
    }

    /** The completed import of the same kind with this file content (by SHA-256), if any. */
    public java.util.Optional<ImportRecord> findSame(String kind, String sha256) throws SQLException {
        return all().stream().filter(r -> r.kind().equals(kind) && r.sha256().equals(sha256)).findFirst();
    }

    /** All completed imports, oldest first. */
    public List<ImportRecord> all() throws SQLException {
        List<ImportRecord> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT import_id, kind, file_name,"
                + " file_size, sha256, imported_at, mapping, rows_read, rows_imported, rows_skipped FROM import_log"
                + " WHERE complete ORDER BY import_id")) {
            while (rs.next()) {
                out.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10)));
            }
        }
        return out;
    }
}
