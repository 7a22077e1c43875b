package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fangrid.analysis.AnalysisService;
import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.importer.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer ids come from their packed copy once it is written, and never a copy of other people. */
class CustomerIdsTest {
    @TempDir
    Path dir;

    private static int packedRows(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer_id_chunk")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void idsOfMoreThanOneChunkWithGapsAndIdsAsWrittenReadBackFromTheirPackedCopy() throws Exception {
        int keys = CustomerIds.CHUNK + 10;
        String[] expected = new String[keys];
        try (Project p = Project.create(dir.resolve("p"))) {
            Connection c = p.connection();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO customer(customer_key, customer_id, source_id)"
                    + " VALUES (?, ?, ?)")) {
                for (int key = 1; key <= keys; key++) {
                    if (key == 2 || key == CustomerIds.CHUNK + 1) {
                        continue; // no longer a person: an undone import took them
                    }
                    boolean written = key % 1000 == 7;
                    expected[key - 1] = written ? "Ｃ" + key : "C" + key;
                    insert.setInt(1, key);
                    insert.setString(2, "C" + key);
                    insert.setString(3, written ? "Ｃ" + key : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            assertEquals(0, packedRows(c));

            assertArrayEquals(expected, CustomerIds.load(c), "from the rows");
            assertEquals(2, packedRows(c), "the copy is written, 65,536 keys to a row");
            try (Statement s = c.createStatement()) {
                // changed behind the store's back: the copy is what the second load reads
                s.execute("UPDATE customer SET source_id = 'changed' WHERE customer_key = 1");
            }
            String[] again = CustomerIds.load(c);
            assertEquals("C1", again[0], "read from the copy");
            assertArrayEquals(expected, again);
            assertNull(again[1]);
            assertNull(again[CustomerIds.CHUNK]);

            CustomerIdChunks chunks = CustomerIds.read(c);
            assertEquals(keys, chunks.size());
            // the later chunk first: each decodes on its own, when one of its ids is asked for
            for (int i = keys - 1; i >= 0; i--) {
                assertEquals(expected[i], chunks.id(i), "id " + i + " decoded from its chunk");
            }
            assertNull(chunks.id(keys), "beyond the keys");
            assertArrayEquals(expected, chunks.all());
        }
    }

    @Test
    void peopleAnUndoRemovedAndANewImportGaveTheSameKeysShowTheirOwnIds() throws Exception {
        ImportService imports = new ImportService();
        try (Project p = Project.create(dir.resolve("p"))) {
            Path first = Files.writeString(dir.resolve("first.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\nB,2024/01/06,50\n");
            Path second = Files.writeString(dir.resolve("second.csv"), "会員番号,受注日,金額\nX,2024/02/05,100\nY,2024/02/06,50\n");
            ImportReport a = imports.importFile(p, first, DataKind.TRANSACTIONS);
            var analysis = new AnalysisService().analyze(p);
            assertEquals("A B", analysis.customerId(0) + " " + analysis.customerId(1));
            assertEquals(1, packedRows(p.connection()));

            new ImportUndo(p.connection()).undo(a.importId());
            assertEquals(0, packedRows(p.connection()), "the undo took the copy with the people");
            imports.importFile(p, second, DataKind.TRANSACTIONS);
            // the same count of people under the same keys as before the undo: only the ids tell them apart
            assertArrayEquals(new String[] {"X", "Y"}, CustomerIds.load(p.connection()));
        }
    }
}
