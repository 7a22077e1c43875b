package fangrid.store;

import fangrid.domain.DamagedProjectException;
import fangrid.domain.DataKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a project's rows against what its import log recorded: every completed import of order lines, survey
 * answers or customer summaries must still hold as many rows as it stored. A file whose rows were lost while H2 still
 * opens it shows here, before anything is written to it. The order lines are counted from the index on their chunks'
 * import and line count (schema V9), not from the chunks: reading those whole was a full pass over the file before the
 * analysis read it again, which an encrypted project paid for in decryption. Chunks that cannot be read fail the
 * analysis that reads them.
 */
final class ProjectIntegrity {
    private ProjectIntegrity() {
    }

    static void check(Connection c, String fileName) throws DamagedProjectException {
        try {
            Map<Long, Long> lines = counts(c, hasTable(c, "TXN_CHUNK")
                    ? "SELECT import_id, SUM(row_count) FROM txn_chunk GROUP BY import_id"
                    : "SELECT import_id, COUNT(*) FROM txn GROUP BY import_id");
            Map<Long, Long> answers = counts(c, "SELECT import_id, COUNT(*) FROM survey_answer GROUP BY import_id");
            Map<Long, Long> summaries = hasTable(c, "CUSTOMER_SUMMARY")
                    ? counts(c, "SELECT import_id, COUNT(*) FROM customer_summary GROUP BY import_id") : Map.of();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT import_id, kind, file_name,"
                    + " rows_imported FROM import_log WHERE complete ORDER BY import_id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    boolean orders = DataKind.TRANSACTIONS.id().equals(rs.getString(2));
                    boolean survey = DataKind.SURVEY.id().equals(rs.getString(2));
                    boolean summary = DataKind.CUSTOMER_SUMMARY.id().equals(rs.getString(2));
                    long stored = (orders ? lines : summary ? summaries : answers).getOrDefault(id, 0L);
                    if ((orders || survey || summary) && stored != rs.getLong(4)) {
                        throw new DamagedProjectException(String.format("%s is damaged: import #%d (%s) stored %,d %s,"
                                + " but the file holds %,d of them. It was not opened and has not been changed. Copy it"
                                + " again from where it came from, or open a read-only copy of it to see what is left.",
                                fileName, id, rs.getString(3), rs.getLong(4), orders ? "order lines" : summary ? "customer summaries" : "survey answers",
                                stored), true);
                    }
                }
            }
        } catch (SQLException e) {
            throw new DamagedProjectException(fileName + " is damaged: FanGrid cannot read all of it (" + e.getMessage()
                    + "). It was not opened and has not been changed. Copy it again from where it came from, or open a"
                    + " read-only copy of it to see what can still be read.", true);
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", table, null)) {
            return rs.next();
        }
    }

    private static Map<Long, Long> counts(Connection c, String sql) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
