package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyScanTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryRowOfALargeResultInsideTheCallersTransactionWithoutEndingIt() throws Exception {
        try (Project p = Project.create(dir.resolve("lazy"))) {
            Connection c = p.connection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // more rows than H2 keeps in memory before buffering a result to disk
                s.execute("INSERT INTO customer(customer_key, customer_id, import_id)"
                        + " SELECT x, 'C' || x, 1 FROM SYSTEM_RANGE(1, 200000)");
            }
            long[] sum = {0};
            int[] rows = {0};
            LazyScan.rows(c, "SELECT customer_key, customer_id FROM customer", rs -> {
                rows[0]++;
                sum[0] += rs.getInt(1);
                assertEquals("C" + rs.getInt(1), rs.getString(2));
            });
            assertEquals(200_000, rows[0]);
            assertEquals(200_000L * 200_001 / 2, sum[0]);
            c.rollback();
            assertEquals(0, count(c), "the scan left the caller's transaction open: the rollback undid the rows");
            c.setAutoCommit(true);
        }
    }

    private static long count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
