package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ImportException;
import fangrid.domain.ReadOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsTableReaderTest {
    @TempDir
    Path dir;

    /** Two sheets: 受注 (orders: Japanese headers, dates, numbers, a gap, a formula) and 顧客 (customers). */
    private Path workbook(String name) throws Exception {
        Path f = dir.resolve(name);
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd hh:mm"));
            CellStyle yen = wb.createCellStyle();
            yen.setDataFormat(wb.createDataFormat().getFormat("\"¥\"#,##0"));
            CellStyle japaneseDate = wb.createCellStyle();
            japaneseDate.setDataFormat((short) 31); // Japanese Excel's built-in yyyy"年"m"月"d"日, not stored in files
            CellStyle zip = wb.createCellStyle();
            zip.setDataFormat(wb.createDataFormat().getFormat("0000000"));

            Sheet orders = wb.createSheet("受注");
            Row h = orders.createRow(0);
            String[] header = {"顧客ID", "受注日", "金額", "商品名", "郵便番号", "合計"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = orders.createRow(1);
            r.createCell(0).setCellValue(13085);
            r.createCell(1).setCellValue(LocalDate.of(2024, 1, 5));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(1234.5);
            r.getCell(2).setCellStyle(yen);
            // column 3 (商品名) left empty: the gap must stay a gap
            r.createCell(4).setCellValue(123);
            r.getCell(4).setCellStyle(zip);
            r.createCell(5).setCellFormula("C2*2");
            r.createCell(6).setCellValue(LocalDate.of(2023, 12, 31));
            r.getCell(6).setCellStyle(japaneseDate);
            // row 3 empty, as Excel users leave them
            Row r4 = orders.createRow(3);
            r4.createCell(0).setCellValue("A-7");
            r4.createCell(1).setCellValue(LocalDateTime.of(2024, 2, 29, 13, 45));
            r4.getCell(1).setCellStyle(dateTime);
            r4.createCell(2).setCellValue(4901234567890.0);
            r4.createCell(3).setCellValue("①髙㈱セット");
            r4.createCell(5).setCellFormula("\"計\"&A4");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

            Sheet customers = wb.createSheet("顧客");
            customers.createRow(0).createCell(0).setCellValue("会員番号");
            customers.getRow(0).createCell(1).setCellValue("氏名");
            customers.createRow(1).createCell(0).setCellValue("C1");
            customers.getRow(1).createCell(1).setCellValue("山田 太郎");
            wb.write(out);
        }
        return f;
    }

    private static List<String[]> rows(TableReader reader, List<Long> rowNumbers) throws ImportException {
        List<String[]> rows = new ArrayList<>();
        reader.rows((n, cells) -> {
            rowNumbers.add(n);
            rows.add(cells);
        });
        return rows;
    }

    @Test
    void readsTheFirstSheetWithDatesAsIsoNumbersWithoutPointZeroAndExcelRowNumbers() throws Exception {
        TableReader reader = TableReader.open(workbook("orders.xls"));
        assertInstanceOf(XlsTableReader.class, reader);
        assertEquals("xls, sheet '受注'", reader.describe());
        assertEquals(List.of("顧客ID", "受注日", "金額", "商品名", "郵便番号", "合計"), reader.header());
        List<Long> numbers = new ArrayList<>();
        List<String[]> rows = rows(reader, numbers);
        assertEquals(List.of(2L, 4L), numbers, "row numbers as Excel shows them; the empty row 3 is skipped");
        assertArrayEquals(new String[] {"13085", "2024-01-05", "1234.5", "", "0000123", "2469", "2023-12-31"},
                rows.get(0));
        assertArrayEquals(new String[] {"A-7", "2024-02-29T13:45", "4901234567890", "①髙㈱セット", "", "計A-7"},
                rows.get(1));
    }

    @Test
    void readsASheetChosenByNameIgnoringCase() throws Exception {
        Path f = workbook("book.xls");
        TableReader reader = TableReader.open(f, ReadOptions.DETECT.withSheet("顧客"));
        assertEquals(List.of("会員番号", "氏名"), reader.header());
        List<String[]> rows = rows(reader, new ArrayList<>());
        assertEquals(1, rows.size());
        assertArrayEquals(new String[] {"C1", "山田 太郎"}, rows.get(0));
    }

    @Test
    void listsSheetNamesInTabOrderWithoutLoadingTheWorkbook() throws Exception {
        Path f = workbook("book.xls");
        assertEquals(List.of("受注", "顧客"), XlsTableReader.sheetNames(f));
        assertEquals(List.of("受注", "顧客"), TableReader.sheetNames(f));
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsThereAre() throws Exception {
        Path f = workbook("book.xls");
        ImportException e = assertThrows(ImportException.class,
                () -> TableReader.open(f, new ReadOptions(null, null, "Orders")));
        assertEquals("book.xls has no sheet 'Orders'. Its sheets are: '受注', '顧客'. "
                + "Choose one of them (command line: --sheet NAME).", e.getMessage());
    }

    @Test
    void aWorkbookNamedCsvIsStillReadAsTheWorkbookItIs() throws Exception {
        Path xls = workbook("book.xls");
        Path renamed = Files.move(xls, dir.resolve("export.csv"));
        TableReader reader = TableReader.open(renamed);
        assertInstanceOf(XlsTableReader.class, reader);
        assertEquals("顧客ID", reader.header().get(0));
    }

    @Test
    void tabSeparatedTextNamedXlsIsReadAsText() throws Exception {
        Path f = Files.writeString(dir.resolve("legacy.xls"), "顧客ID\t金額\nA\t100\n");
        TableReader reader = TableReader.open(f);
        assertEquals("UTF-8, tab-separated", reader.describe());
        assertEquals(List.of("顧客ID", "金額"), reader.header());
    }

    @Test
    void aWebPageNamedXlsGetsAdvice() throws Exception {
        Path f = Files.writeString(dir.resolve("report.xls"), "<html><body><table><tr><td>顧客ID</td></tr></table>");
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f));
        assertTrue(e.getMessage().startsWith("report.xls is not a readable .xls workbook: it is a web page"),
                e.getMessage());
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        Path f = dir.resolve("secret.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("pass");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("顧客ID");
            wb.write(out);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f));
        assertTrue(e.getMessage().startsWith("secret.xls is password-protected."), e.getMessage());
    }

    @Test
    void aSheetWithOnlyAHeaderReadsNoRows() throws Exception {
        Path f = dir.resolve("empty.xls");
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("customer");
            wb.createSheet("Blank");
            wb.write(out);
        }
        assertEquals(0, rows(TableReader.open(f), new ArrayList<>()).size());
        ImportException e = assertThrows(ImportException.class,
                () -> TableReader.open(f, new ReadOptions(null, null, "Blank")));
        assertEquals("empty.xls has no header row in sheet 'Blank'.", e.getMessage());
    }
}
