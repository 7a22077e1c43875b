package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.BadRow;
import fangrid.domain.DataKind;
import fangrid.domain.ImportCancelledException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.importer.read.TableReader;
import fangrid.store.Project;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of rejected rows an import saves beside the project: every cell a spreadsheet would run is neutralised,
 * the source's header included, and the file is always a new one, never written through a name that is taken.
 */
class RejectedRowsFileTest {
    private static final String ORDERS = "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\",CustomerID,InvoiceDate,Amount\r\n"
            + "1,A,2024-01-05,10\r\n"
            + "\"\t=1+1\",B,someday,-500\r\n"
            + "\"\r=2+2\",\" =cmd|' /C calc'!A0\",someday,－1\r\n"
            + "\"＝HYPERLINK(\"\"x\"\")\",＠SUM(A1),someday,＋1\r\n";

    @TempDir
    Path dir;
    private final ImportService imports = new ImportService();

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedHeaderIncluded() throws Exception {
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportReport r = importSkippingBadRows(p);
            List<List<String>> rows = read(r.rejectedFile());
            assertEquals(List.of("row", "column", "reason", "'=HYPERLINK(\"http://evil.example\",\"open\")", "CustomerID",
                    "InvoiceDate", "Amount"), rows.get(0));
            assertEquals(List.of("'\t=1+1", "B", "someday", "-500"), rows.get(1).subList(3, 7), "a plain number stays");
            assertEquals(List.of("'\r=2+2", "' =cmd|' /C calc'!A0", "someday", "'－1"), rows.get(2).subList(3, 7));
            assertEquals(List.of("'＝HYPERLINK(\"x\")", "'＠SUM(A1)", "someday", "'＋1"), rows.get(3).subList(3, 7));
        }
    }

    @Test
    void aLinkAtTheListsNameIsNeitherFollowedNorReplaced() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("p-rejected-1.csv"), victim);
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportReport r = importSkippingBadRows(p);
            assertEquals(1, r.importId());
            assertNotEquals(link, r.rejectedFile());
            assertEquals(dir.resolve("p-rejected-1-2.csv"), r.rejectedFile());
            assertEquals(4, read(r.rejectedFile()).size());
        }
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aCancelledImportDeletesOnlyTheListItSaved() throws Exception {
        Path earlier = Files.writeString(dir.resolve("p-rejected-1.csv"), "someone's own file");
        try (Project p = Project.create(dir.resolve("p"))) {
            Path f = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
            assertThrows(ImportCancelledException.class, () -> imports.importFile(p, f, DataKind.TRANSACTIONS,
                    TableReader.open(f), null, true, new ImportProgress() {
                        @Override
                        public void rowsRead(long rows) {
                        }

                        @Override
                        public boolean keepGoodRows(List<BadRow> listed, long count) {
                            return false;
                        }
                    }));
        }
        assertEquals("someone's own file", Files.readString(earlier));
        assertEquals(List.of(earlier), Files.list(dir).filter(x -> x.getFileName().toString().contains("rejected")).toList());
    }

    private ImportReport importSkippingBadRows(Project p) throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        ImportReport r = imports.importFile(p, f, DataKind.TRANSACTIONS, TableReader.open(f), null, true,
                ImportProgress.NONE);
        assertEquals(3, r.badRowCount(), r.badRows().toString());
        return r;
    }

    private static List<List<String>> read(Path csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.parse(in)) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        rows.get(0).set(0, rows.get(0).get(0).replace("\uFEFF", ""));
        return rows;
    }
}
