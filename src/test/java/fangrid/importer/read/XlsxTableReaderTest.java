package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fangrid.domain.ImportException;
import fangrid.domain.ReadOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {
    @TempDir
    Path dir;

    /** Sheets 注文 (a title row, an empty row, then the header at row 3) and Customers. */
    private Path workbook() throws Exception {
        Path f = dir.resolve("book.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle yen = wb.createCellStyle();
            yen.setDataFormat(wb.createDataFormat().getFormat("\"¥\"#,##0"));
            Sheet orders = wb.createSheet("注文");
            orders.createRow(0).createCell(0).setCellValue("2024年1月の注文");
            Row h = orders.createRow(2);
            h.createCell(0).setCellValue("会員番号");
            h.createCell(1).setCellValue("購入日");
            h.createCell(2).setCellValue("購入金額");
            h.createCell(3).setCellValue("JAN");
            Row r = orders.createRow(3);
            r.createCell(0).setCellValue(13085);
            r.createCell(1).setCellValue(LocalDate.of(2024, 1, 5));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(1234.5);
            r.getCell(2).setCellStyle(yen);
            r.createCell(3).setCellValue(4901234567890.0);
            wb.createSheet("Customers").createRow(0).createCell(0).setCellValue("id");
            wb.write(out);
        }
        return f;
    }

    @Test
    void theHeaderIsTheFirstNonEmptyRowAndIsNotReadAgainAsData() throws Exception {
        TableReader reader = TableReader.open(workbook());
        assertInstanceOf(XlsxTableReader.class, reader);
        assertEquals("xlsx, sheet '注文'", reader.describe());
        assertEquals(List.of("2024年1月の注文"), reader.header());
        List<Long> numbers = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        reader.rows((n, cells) -> {
            numbers.add(n);
            rows.add(cells);
        });
        assertEquals(List.of(3L, 4L), numbers);
        assertArrayEquals(new String[] {"13085", "2024-01-05", "1234.5", "4901234567890"}, rows.get(1),
                "dates as ISO; amounts and codes unrounded, not as displayed (¥1,235, 4.90123E+12)");
    }

    @Test
    void listsSheetNamesAndNamesThemWhenTheChosenOneIsMissing() throws Exception {
        Path f = workbook();
        assertEquals(List.of("注文", "Customers"), XlsxTableReader.sheetNames(f));
        assertEquals(List.of("注文", "Customers"), TableReader.sheetNames(f));
        assertEquals(List.of("id"), TableReader.open(f, new ReadOptions(null, null, "customers")).header());
        ImportException e = assertThrows(ImportException.class,
                () -> TableReader.open(f, new ReadOptions(null, null, "Sheet1")));
        assertEquals("book.xlsx has no sheet 'Sheet1'. Its sheets are: '注文', 'Customers'. "
                + "Choose one of them (command line: --sheet NAME).", e.getMessage());
    }

    @Test
    void aTextFileHasNoSheets() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), "a,b\n1,2\n");
        assertEquals(List.of(), TableReader.sheetNames(f));
    }

    @Test
    void zeroPaddedCodesKeepTheirZeros() {
        assertEquals(true, CellTextFormatter.padsWithZeros("00000"));
        assertEquals(true, CellTextFormatter.padsWithZeros("000-0000"));
        assertEquals(false, CellTextFormatter.padsWithZeros("#,##0"));
        assertEquals(false, CellTextFormatter.padsWithZeros("0.00"));
        assertEquals(false, CellTextFormatter.padsWithZeros("\"00\"#"));
        assertEquals(false, CellTextFormatter.padsWithZeros("General"));
    }
}
