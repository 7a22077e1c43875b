package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.TransactionKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
    @TempDir
    Path dir;

    @Test
    void splitsScriptsAtLineEndingSemicolonsAndDropsComments() {
        assertArrayEquals(new String[] {"CREATE TABLE a (x INT)", "CREATE TABLE b (y VARCHAR(5) DEFAULT ';')"},
                Migrator.statements("-- first\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y VARCHAR(5) DEFAULT ';');\n"));
    }

    @Test
    void upgradesStepByStepFromAnyEarlierVersionAndRecordsEachStep() throws Exception {
        Migrator m = new Migrator();
        assertTrue(m.latestVersion() >= 1);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("old"))) {
            m.migrate(c, 0);
            assertEquals(0, Migrator.currentVersion(c));
            m.migrate(c, 1);
            assertEquals(1, Migrator.currentVersion(c));
            m.migrate(c, m.latestVersion());
            assertEquals(m.latestVersion(), Migrator.currentVersion(c));
            m.migrate(c, m.latestVersion());
            assertEquals(m.latestVersion(), Migrator.currentVersion(c), "migrating again changes nothing");
        }
    }

    @Test
    void version2MovesV1OrderLinesIntoChunksPerImportAndDropsTheOldTable() throws Exception {
        Migrator m = new Migrator();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("v1"))) {
            m.migrate(c, 1);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO customer(customer_key, customer_id) VALUES (1, 'C1'), (2, 'C2')");
                s.execute("INSERT INTO txn(import_id, customer_key, order_id, txn_date, kind, amount, quantity, product_code,"
                        + " product_name, line_hash) VALUES (1, 1, 'A1', DATE '2024-01-05', 0, 1200, 2, 'P1', '①髙㈱', 11),"
                        + " (1, 2, NULL, DATE '2024-02-01', 2, -300, NULL, NULL, NULL, 12),"
                        + " (3, 1, 'A9', DATE '2024-03-01', 0, 50, 1, 'P2', NULL, 13)");
            }
            m.migrate(c, 2);
            List<String> lines = new ArrayList<>();
            List<Integer> chunkSizes = new ArrayList<>();
            new OrderLineStore(c).scan(EnumSet.allOf(OrderLineStore.Column.class), chunk -> {
                chunkSizes.add(chunk.size());
                for (int i = 0; i < chunk.size(); i++) {
                    lines.add(chunk.customerKey(i) + " " + LocalDate.ofEpochDay(chunk.epochDay(i)) + " " + chunk.kind(i) + " "
                            + chunk.amount(i) + " " + chunk.quantity(i) + " " + chunk.orderIds().get(i) + " "
                            + chunk.productCodes().get(i) + " " + chunk.productNames().get(i) + " " + chunk.lineHash(i));
                }
            });
            assertEquals(List.of(
                    "1 2024-01-05 0 1200.0 2.0 A1 P1 ①髙㈱ " + LineHash.of("C1", "A1", LocalDate.of(2024, 1, 5), "P1", 2, 1200, TransactionKind.ORDER),
                    "2 2024-02-01 2 -300.0 NaN null null null " + LineHash.of("C2", null, LocalDate.of(2024, 2, 1), null, Double.NaN, -300,
                            TransactionKind.RETURN),
                    "1 2024-03-01 0 50.0 1.0 A9 P2 null " + LineHash.of("C1", "A9", LocalDate.of(2024, 3, 1), "P2", 1, 50, TransactionKind.ORDER)),
                    lines, "values kept; hashes recomputed without V1's occurrence mixing");
            assertEquals(List.of(2, 1), chunkSizes, "one chunk per import");
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "TXN", null)) {
                assertFalse(rs.next(), "the V1 table is gone");
            }
        }
    }

    @Test
    void version3DropsTheUniqueConstraintOnCustomerIds() throws Exception {
        Migrator m = new Migrator();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("v2"))) {
            m.migrate(c, 2);
            assertEquals(1, uniqueConstraints(c));
            m.migrate(c, 3);
            assertEquals(0, uniqueConstraints(c));
        }
    }

    private static int uniqueConstraints(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_NAME = 'CUSTOMER' AND CONSTRAINT_TYPE = 'UNIQUE'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void version4AddsSavedSegmentsWithNamesUniqueIgnoringCase() throws Exception {
        Migrator m = new Migrator();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("v3"))) {
            m.migrate(c, 3);
            m.migrate(c, 4);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO saved_segment(name, note, activity, definition, customer_count, created_at, updated_at,"
                        + " members) VALUES ('Loyal', '', 4, 'R1F3', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, X'')");
                assertThrows(java.sql.SQLException.class, () -> s.execute("INSERT INTO saved_segment(name, note, activity,"
                        + " definition, customer_count, created_at, updated_at, members) VALUES ('LOYAL', '', 4, '', 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, X'')"));
            }
        }
    }

    @Test
    void version7KeepsIdsAsWrittenBesideTheKeyAndOlderCustomersShowTheirStoredId() throws Exception {
        Migrator m = new Migrator();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("v6"))) {
            m.migrate(c, 6);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO customer(customer_key, customer_id) VALUES (1, '山田1'), (2, 'B')");
            }
            m.migrate(c, m.latestVersion());
            assertArrayEquals(new String[] {"山田1", "B"}, CustomerIds.load(c), "imported before V7: the stored id");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO customer(customer_key, customer_id, source_id) VALUES (3, 'ABC1', 'ＡＢＣ①')");
            }
            assertArrayEquals(new String[] {"山田1", "B", "ＡＢＣ①"}, CustomerIds.load(c));
        }
    }

    @Test
    void version9OpensAVersion8ProjectWithEveryLineAndPersonAndAnswersOpeningsQuestionsFromAnIndex() throws Exception {
        Path file = dir.resolve("v8.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("v8"))) {
            new Migrator().migrate(c, 8);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO import_log(import_id, kind, file_name, file_size, sha256, imported_at, mapping,"
                        + " rows_read, rows_imported, rows_skipped, complete) VALUES"
                        + " (1, 'transactions', 'a.csv', 1, REPEAT('0', 64), CURRENT_TIMESTAMP, '', 3, 3, 0, TRUE),"
                        + " (2, 'transactions', 'b.csv', 1, REPEAT('1', 64), CURRENT_TIMESTAMP, '', 1, 1, 0, TRUE),"
                        + " (3, 'survey', 'c.csv', 1, REPEAT('2', 64), CURRENT_TIMESTAMP, '', 1, 1, 0, TRUE)");
                // key 2 is no longer a person; key 3 was written ＡＢＣ① in its file
                s.execute("INSERT INTO customer(customer_key, customer_id, source_id) VALUES (1, 'A', NULL),"
                        + " (3, 'ABC1', 'ＡＢＣ①'), (4, 'D', NULL)");
                s.execute("INSERT INTO survey_answer(import_id, customer_key, favorability) VALUES (3, 4, 7)");
            }
            OrderLineStore store = new OrderLineStore(c);
            OrderLineChunk first = new OrderLineChunk();
            first.add(1, (int) LocalDate.of(2024, 1, 5).toEpochDay(), 0, 1200, 2, 600, "O1", "P1", "名", null, null, 11);
            first.add(3, (int) LocalDate.of(2024, 2, 1).toEpochDay(), 2, -300, Double.NaN, Double.NaN, null, null, null, null, null, 12);
            first.add(1, (int) LocalDate.of(2024, 3, 1).toEpochDay(), 0, 50, 1, 50, "O2", "P2", null, null, null, 13);
            store.append(1, first);
            OrderLineChunk second = new OrderLineChunk();
            second.add(4, (int) LocalDate.of(2024, 4, 30).toEpochDay(), 0, 80, 1, 80, "O3", null, null, null, null, 14);
            store.append(2, second);
        }

        try (Project p = Project.open(file)) {
            Connection c = p.connection();
            assertTrue(Migrator.currentVersion(c) >= 9, "migrated to V9 or later");
            assertArrayEquals(new String[] {"A", null, "ＡＢＣ①", "D"}, CustomerIds.load(c));
            assertArrayEquals(new String[] {"A", null, "ＡＢＣ①", "D"}, CustomerIds.load(c), "again, from the packed copy");
            assertEquals(List.of(
                    new StoredLines.Line(1, LocalDate.of(2024, 1, 5), 0, 1200, "O1", "P1", "名"),
                    new StoredLines.Line(3, LocalDate.of(2024, 2, 1), 2, -300, null, null, null),
                    new StoredLines.Line(1, LocalDate.of(2024, 3, 1), 0, 50, "O2", "P2", null),
                    new StoredLines.Line(4, LocalDate.of(2024, 4, 30), 0, 80, "O3", null, null)), StoredLines.all(p));
            assertEquals(4, new OrderLineStore(c).lineCount());
            assertEquals(LocalDate.of(2024, 4, 30), new OrderLineStore(c).lastDay().orElseThrow());
            assertEquals(3, p.imports().all().size());
            assertEquals(3, p.customerCount());
            for (String question : new String[] {"SELECT import_id, SUM(row_count) FROM txn_chunk GROUP BY import_id",
                    "SELECT COALESCE(SUM(row_count), 0) FROM txn_chunk", "SELECT MAX(last_day) FROM txn_chunk",
                    "SELECT chunk_id FROM txn_chunk WHERE import_id = 2"}) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + question)) {
                    rs.next();
                    assertTrue(rs.getString(1).contains("PUBLIC.TXN_CHUNK_SUMMARY"), rs.getString(1));
                }
            }
            new ImportUndo(c).undo(2);
            assertEquals(3, StoredLines.all(p).size(), "an import's chunks are still found to undo it");
        }
    }
}
