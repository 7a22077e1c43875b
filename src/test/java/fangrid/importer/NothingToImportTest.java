package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fangrid.domain.BadRow;
import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.importer.read.TableReader;
import fangrid.store.Project;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 6: a file none of whose rows would be stored is refused, saying why, and leaves no trace in the
 * project (no line in the import log, complete or not).
 */
class NothingToImportTest {
    @TempDir
    Path dir;

    private final ImportService imports = new ImportService();
    private Project project;

    @BeforeEach
    void aProjectWithOneImport() throws Exception {
        project = Project.create(dir.resolve("p"));
        imports.importFile(project, Files.writeString(dir.resolve("first.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\n",
                StandardCharsets.UTF_8), DataKind.TRANSACTIONS);
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private String refused(Path file, DataKind kind, boolean skipBadRows) {
        ImportException e = assertThrows(ImportException.class, () -> imports.importFile(project, file, kind,
                TableReader.open(file), null, skipBadRows, new ImportProgress() {
                    @Override
                    public void rowsRead(long rows) {
                    }

                    @Override
                    public boolean keepGoodRows(List<BadRow> listed, long count) {
                        throw new AssertionError("with no good row there is nothing to ask");
                    }
                }));
        return e.getMessage();
    }

    private void assertProjectAsItWas() throws Exception {
        try (Statement s = project.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(file_name) FROM import_log")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the import log holds the first import only");
            assertEquals("first.csv", rs.getString(2));
        }
        assertEquals(1, project.customerCount());
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderOnlyFileHasNoDataRows() throws Exception {
        Path f = csv("orders.csv", "会員番号,受注日,金額\n");
        assertEquals("orders.csv has no data rows, only a header: nothing to import.",
                refused(f, DataKind.TRANSACTIONS, false));
        assertProjectAsItWas();
    }

    @Test
    void rowsWithoutACustomerIdNameTheColumnReadForIt() throws Exception {
        Path f = csv("guests.csv", "会員番号,受注日,金額\n,2024/01/05,100\n,2024/01/06,200\n\"  \",2024/01/07,300\n");
        assertEquals("None of the 3 rows of guests.csv has a customer id (column 会員番号): nothing to import.",
                refused(f, DataKind.TRANSACTIONS, false));
        assertProjectAsItWas();

        Path people = csv("people.csv", "顧客ID,氏名\n,山田\n,佐藤\n");
        assertEquals("None of the 2 rows of people.csv has a customer id (column 顧客ID): nothing to import.",
                refused(people, DataKind.CUSTOMERS, false));
        assertProjectAsItWas();
    }

    @Test
    void aWorkbookWhoseRowsAllLackACustomerIdIsRefusedToo() throws Exception {
        Path f = dir.resolve("guests.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(f)) {
            Sheet sheet = wb.createSheet("orders");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("会員番号");
            header.createCell(1).setCellValue("受注日");
            header.createCell(2).setCellValue("金額");
            for (int r = 1; r <= 20_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(1).setCellValue("2024/01/05");
                row.createCell(2).setCellValue(100 + r);
            }
            wb.write(out);
            wb.dispose();
        }
        assertEquals("None of the 20000 rows of guests.xlsx has a customer id (column 会員番号): nothing to import.",
                refused(f, DataKind.TRANSACTIONS, false));
        assertProjectAsItWas();
    }

    @Test
    void rowsThatAreAllUnreadableOrAlreadyInTheProjectAreCountedByReason() throws Exception {
        Path bad = csv("bad.csv", "会員番号,受注日,金額\nA,2024/01/05,x\nB,2024/01/06,y\n");
        assertEquals("None of the 2 rows of bad.csv can be imported (unreadable: 2, the first row 2, column 金額:"
                + " not a number: \"x\"): nothing to import.", refused(bad, DataKind.TRANSACTIONS, true));
        assertProjectAsItWas();

        Path again = csv("again.csv", "金額,会員番号,受注日\n100,A,2024/01/05\n");
        assertEquals("The only row of again.csv cannot be imported (already in the project (overlapping export): 1):"
                + " nothing to import.", refused(again, DataKind.TRANSACTIONS, false));
        assertProjectAsItWas();
    }
}
