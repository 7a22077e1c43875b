package fangrid.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.DataKind;
import fangrid.domain.ExportCancelledException;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import fangrid.importer.ImportService;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.CustomerIds;
import fangrid.store.Project;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/** Segment-list exports read back: encodings, typed cells, neutralized formulas, subsets, cancellation. */
class CustomerExportTest {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @TempDir
    Path dir;
    /** Where exports go: a folder of their own, so a stray temporary file would show. */
    private Path out;
    private Analysis analysis;
    private String[] ids;
    private CustomerExport export;

    @BeforeEach
    void project() throws Exception {
        out = Files.createDirectory(dir.resolve("out"));
        ImportService imports = new ImportService();
        try (Project p = Project.create(dir.resolve("p"))) {
            imports.importFile(p, Files.writeString(dir.resolve("orders.csv"), """
                    会員番号,受注日,金額
                    A,2024/01/05,1000
                    A,2024/03/01,500
                    B,2024/02/10,-300
                    B,2024/02/01,1200
                    C,2024/03/20,800
                    D,2023/06/01,2500
                    """), DataKind.TRANSACTIONS);
            imports.importFile(p, Files.writeString(dir.resolve("survey.csv"), "会員番号,好感度\nE,大好き\n"), DataKind.SURVEY);
            imports.importFile(p, Files.writeString(dir.resolve("customers.csv"), """
                    会員番号,氏名,メール,電話
                    A,髙橋 ①㈱,"=HYPERLINK(""http://evil"",""x"")",-1+2
                    B,𠮷田 😀,@SUM(A1),+81 3 1234
                    C,=1+1,mail@example.jp,03-1234
                    """), DataKind.CUSTOMERS);
            ids = CustomerIds.load(p.connection());
            analysis = new AnalysisService().analyze(p);
            export = new CustomerExport(analysis, CustomerContactsLoader.load(p.connection()));
        }
    }

    private int index(String id) {
        return Arrays.asList(ids).indexOf(id);
    }

    private static Map<String, CSVRecord> readCsv(Path file, Charset charset) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file, charset);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(r)) {
            for (CSVRecord rec : p) {
                rows.put(rec.get(0).replace("\uFEFF", ""), rec);
            }
        }
        return rows;
    }

    @Test
    void utf8CsvStartsWithABomAndHoldsEveryoneWithTheirValuesAndNeutralizedText() throws Exception {
        Path file = out.resolve("all.csv");
        ExportResult r = export.write(null, ExportFormat.CSV_UTF8_BOM, file, ExportProgress.NONE);
        assertEquals(5, r.rows());
        assertEquals(0, r.replacedCharacters());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFFcustomer_id,name,email,phone,recency_days,"));
        assertEquals(export.header(), List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")[0].split(",")));
        Map<String, CSVRecord> rows = readCsv(file, StandardCharsets.UTF_8);
        CSVRecord a = rows.get("A");
        assertEquals("髙橋 ①㈱", a.get("name"));
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", a.get("email"));
        assertEquals("'-1+2", a.get("phone"));
        assertEquals("𠮷田 😀", rows.get("B").get("name"));
        assertEquals("'@SUM(A1)", rows.get("B").get("email"));
        assertEquals("'+81 3 1234", rows.get("B").get("phone"));
        assertEquals("'=1+1", rows.get("C").get("name"));
        assertEquals("900", rows.get("B").get("monetary"), "net sales: orders minus returns, a plain number");
        assertEquals("0.25", rows.get("B").get("return_rate"), "300 returned of 1200 bought");
        assertEquals("2", a.get("frequency"));
        assertEquals("2024-01-05", a.get("first_purchase_date"));
        assertEquals("2024-03-01", a.get("last_purchase_date"));
        assertEquals("brand", a.get("message_phase"));
        assertEquals("functional", rows.get("C").get("message_phase"), "first purchase a day before the analysis date");
        assertEquals("", rows.get("E").get("recency_days"), "E never bought");
        assertEquals("", rows.get("E").get("message_phase"));
        assertEquals("", rows.get("E").get("name"));
    }

    @Test
    void windows31jCsvDecodesJapaneseNamesAndReplacesWhatItCannotHold() throws Exception {
        Path file = out.resolve("sjis.csv");
        ExportResult r = export.write(null, ExportFormat.CSV_WINDOWS_31J, file, ExportProgress.NONE);
        assertEquals(2, r.replacedCharacters(), "𠮷 and 😀, nothing else: 髙 ① ㈱ are in windows-31j");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals('c', bytes[0], "no BOM in windows-31j");
        Map<String, CSVRecord> rows = readCsv(file, WINDOWS_31J);
        assertEquals("髙橋 ①㈱", rows.get("A").get("name"));
        assertEquals("?田 ?", rows.get("B").get("name"));
        assertEquals("'-1+2", rows.get("A").get("phone"));
    }

    @Test
    void xlsxHasTypedCellsAndNeutralizedFormulaText() throws Exception {
        Path file = out.resolve("all.xlsx");
        assertEquals(5, export.write(null, ExportFormat.XLSX, file, ExportProgress.NONE).rows());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet s = wb.getSheet("customers");
            List<String> header = new ArrayList<>();
            s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(export.header(), header);
            Row a = find(s, "A");
            assertEquals(CellType.STRING, cell(a, header, "email").getCellType());
            assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", cell(a, header, "email").getStringCellValue());
            assertEquals("'-1+2", cell(a, header, "phone").getStringCellValue());
            assertEquals("'@SUM(A1)", cell(find(s, "B"), header, "email").getStringCellValue());
            assertEquals("髙橋 ①㈱", cell(a, header, "name").getStringCellValue());
            assertEquals(CellType.NUMERIC, cell(a, header, "monetary").getCellType());
            assertEquals(1500, cell(a, header, "monetary").getNumericCellValue());
            assertEquals(0, cell(a, header, "monetary").getCellStyle().getIndex(), "plain cells keep the default style");
            assertEquals(CellType.NUMERIC, cell(find(s, "B"), header, "return_rate").getCellType());
            assertEquals(CellType.BOOLEAN, cell(a, header, "first_category").getCellType());
            Cell first = cell(a, header, "first_purchase_date");
            assertEquals(CellType.NUMERIC, first.getCellType());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first));
            assertEquals(LocalDate.of(2024, 1, 5), first.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(null, find(s, "E").getCell(header.indexOf("recency_days")), "no value, no cell");
        }
    }

    @Test
    void aSelectionExportsExactlyItsCustomersAndCountsThemFirst() throws Exception {
        Selection bAndD = Selection.with(index("B"), index("D"));
        assertEquals(2, export.count(bAndD));
        Path file = out.resolve("subset.csv");
        assertEquals(2, export.write(bAndD, ExportFormat.CSV_UTF8_BOM, file, ExportProgress.NONE).rows());
        assertEquals(List.of("B", "D"), readCsv(file, StandardCharsets.UTF_8).keySet().stream().sorted().toList());
        Path xlsx = out.resolve("subset.xlsx");
        export.write(bAndD, ExportFormat.XLSX, xlsx, ExportProgress.NONE);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertEquals(2, wb.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            Path file = out.resolve("cancelled." + f.extension());
            ExportProgress cancelled = new ExportProgress() {
                @Override
                public void rowsWritten(int rows) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(ExportCancelledException.class, () -> export.write(null, f, file, cancelled));
            assertEquals(List.of(), files(), f + ": no file, no temp file");
            Files.writeString(file, "earlier");
            assertThrows(ExportCancelledException.class, () -> export.write(null, f, file, cancelled));
            assertEquals("earlier", Files.readString(file));
            Files.delete(file);
        }
    }

    @Test
    void withoutContactsTheColumnsAreLeftOut() throws Exception {
        CustomerExport anonymous = new CustomerExport(analysis, null);
        assertEquals("customer_id", anonymous.header().get(0));
        assertEquals("recency_days", anonymous.header().get(1));
        assertTrue(!anonymous.header().contains("name"));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Row find(Sheet s, String id) {
        for (Row r : s) {
            if (r.getCell(0).getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    private static Cell cell(Row r, List<String> header, String column) {
        return r.getCell(header.indexOf(column));
    }
}
