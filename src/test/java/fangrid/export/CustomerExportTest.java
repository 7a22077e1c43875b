package fangrid.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerTable;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CustomerContacts;
import fangrid.domain.CustomerNames;
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
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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

/**
 * Segment-list exports read back: encodings, the window's language and rounding, typed cells, neutralized formulas,
 * ids as the shop wrote them, subsets, cancellation; and the command line's file, which keeps its machine names.
 */
class CustomerExportTest {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /** The window's messages in English (the base bundle, whatever the machine's locale) and in Japanese. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.ROOT);
    private static final ResourceBundle JAPANESE = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE);

    @TempDir
    Path dir;
    /** Where exports go: a folder of their own, so a stray temporary file would show. */
    private Path out;
    private Analysis analysis;
    private String[] ids;
    private CustomerContacts contacts;
    /** In English. */
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
                    D,2023/06/01,2500.4
                    F,2024/01/10,1000
                    F,2024/01/11,700
                    F,2024/01/20,-700
                    山田①,2024/03/02,700
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
            contacts = CustomerContactsLoader.load(p.connection());
            export = new CustomerExport(analysis, contacts, ENGLISH, null, CustomerNames.REAL);
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
        assertEquals(7, r.rows());
        assertEquals(0, r.replacedCharacters());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFFCustomer ID,Name,Email,Phone,Days since last purchase,"));
        assertEquals(export.header(), List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n")[0].split(",")));
        Map<String, CSVRecord> rows = readCsv(file, StandardCharsets.UTF_8);
        CSVRecord a = rows.get("A");
        assertEquals("髙橋 ①㈱", a.get("Name"));
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", a.get("Email"));
        assertEquals("'-1+2", a.get("Phone"));
        assertEquals("𠮷田 😀", rows.get("B").get("Name"));
        assertEquals("'@SUM(A1)", rows.get("B").get("Email"));
        assertEquals("'+81 3 1234", rows.get("B").get("Phone"));
        assertEquals("'=1+1", rows.get("C").get("Name"));
        assertEquals("900", rows.get("B").get("Net sales"), "net sales: orders minus returns, a plain number");
        assertEquals("2500", rows.get("D").get("Net sales"), "2500.4 in whole units, as the window shows it");
        assertEquals("25.0%", rows.get("B").get("Return rate"), "300 returned of 1200 bought");
        assertEquals("41.2%", rows.get("F").get("Return rate"), "700 of 1700: 0.41176…, as the window shows it");
        assertEquals("2", a.get("Purchases"));
        assertEquals("2024-01-05", a.get("First purchase"));
        assertEquals("2024-03-01", a.get("Last purchase"));
        assertEquals("Brand story", a.get("Message phase"));
        assertEquals("Functional value", rows.get("C").get("Message phase"), "first purchase a day before the analysis date");
        assertEquals("", rows.get("E").get("Days since last purchase"), "E never bought");
        assertEquals("", rows.get("E").get("Message phase"));
        assertEquals("", rows.get("E").get("Name"));
    }

    @Test
    void windows31jCsvDecodesJapaneseNamesAndReplacesWhatItCannotHold() throws Exception {
        Path file = out.resolve("sjis.csv");
        ExportResult r = export.write(null, ExportFormat.CSV_WINDOWS_31J, file, ExportProgress.NONE);
        assertEquals(2, r.replacedCharacters(), "𠮷 and 😀, nothing else: 髙 ① ㈱ are in windows-31j");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals('C', bytes[0], "no BOM in windows-31j");
        Map<String, CSVRecord> rows = readCsv(file, WINDOWS_31J);
        assertEquals("髙橋 ①㈱", rows.get("A").get("Name"));
        assertEquals("?田 ?", rows.get("B").get("Name"));
        assertEquals("'-1+2", rows.get("A").get("Phone"));
    }

    @Test
    void xlsxHasTypedCellsAndFormulaTextAsItIs() throws Exception {
        Path file = out.resolve("all.xlsx");
        assertEquals(7, export.write(null, ExportFormat.XLSX, file, ExportProgress.NONE).rows());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet s = wb.getSheet("customers");
            List<String> header = header(s);
            assertEquals(export.header(), header);
            Row a = find(s, "A");
            Cell email = cell(a, header, "Email");
            assertEquals(CellType.STRING, email.getCellType(), "a text cell, never a formula");
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", email.getStringCellValue(), "no visible quote");
            assertTrue(email.getCellStyle().getQuotePrefixed(), "stays text when a user edits it, as if typed with '");
            assertEquals("-1+2", cell(a, header, "Phone").getStringCellValue());
            assertEquals("@SUM(A1)", cell(find(s, "B"), header, "Email").getStringCellValue());
            assertEquals("=1+1", cell(find(s, "C"), header, "Name").getStringCellValue());
            assertEquals("髙橋 ①㈱", cell(a, header, "Name").getStringCellValue());
            assertEquals(false, cell(a, header, "Name").getCellStyle().getQuotePrefixed());
            assertEquals(CellType.NUMERIC, cell(a, header, "Net sales").getCellType());
            assertEquals(1500, cell(a, header, "Net sales").getNumericCellValue());
            assertEquals(2500, cell(find(s, "D"), header, "Net sales").getNumericCellValue(), "whole units as shown");
            assertEquals(0, cell(a, header, "Net sales").getCellStyle().getIndex(), "plain cells keep the default style");
            Cell returns = cell(find(s, "F"), header, "Return rate");
            assertEquals(CellType.NUMERIC, returns.getCellType());
            assertEquals(0.412, returns.getNumericCellValue(), 0, "41.2 % as shown, a number");
            assertEquals("0.0%", returns.getCellStyle().getDataFormatString());
            assertEquals("No", cell(a, header, "First category").getStringCellValue());
            Cell first = cell(a, header, "First purchase");
            assertEquals(CellType.NUMERIC, first.getCellType());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first));
            assertEquals(LocalDate.of(2024, 1, 5), first.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(null, find(s, "E").getCell(header.indexOf("Days since last purchase")), "no value, no cell");
        }
    }

    @Test
    void fromTheJapaneseWindowHeadersAndLabelsAreJapanese() throws Exception {
        CustomerExport japanese = new CustomerExport(analysis, contacts, JAPANESE, null, CustomerNames.REAL);
        assertEquals(List.of("顧客ID", "氏名", "メールアドレス", "電話番号", "最終購入からの日数", "購入回数", "売上（純額）",
                "Rスコア", "Fスコア", "Mスコア", "RFMスコア", "RFMセグメント", "セル", "活動", "デシル", "ご利用頻度", "好感度",
                "ファーストカテゴリー", "行動セグメント", "購入間隔の中央値（日）", "予定日からの経過日数", "ランクダウン危険",
                "期間の予測売上", "プランのランク", "CPM", "初回購入からの日数", "初回購入日", "最終購入日", "メッセージ", "返品率", "次回購入予定日", "購入の規則性"),
                japanese.header());
        Path csv = out.resolve("ja.csv");
        japanese.write(null, ExportFormat.CSV_WINDOWS_31J, csv, ExportProgress.NONE);
        Map<String, CSVRecord> rows = readCsv(csv, WINDOWS_31J);
        assertEquals("41.2%", rows.get("F").get("返品率"));
        assertEquals("2500", rows.get("D").get("売上（純額）"));
        assertEquals("ブランド", rows.get("A").get("メッセージ"));
        assertEquals("機能価値", rows.get("C").get("メッセージ"));
        CustomerTable t = analysis.customers();
        for (String id : rows.keySet()) {
            int i = index(id);
            assertEquals(t.firstCategory(i) ? "はい" : "いいえ", rows.get(id).get("ファーストカテゴリー"), id);
            String segment = rows.get(id).get("RFMセグメント");
            if (t.rfmSegment(i) == null) {
                assertEquals("", segment, id + " was not scored");
            } else {
                assertEquals(t.rfmSegment(i), ENGLISH.getString(rfmKey(segment)), id + ": " + segment + " names R rfm's segment");
            }
            String segments = rows.get(id).get("行動セグメント");
            assertEquals(t.segments(i).isEmpty() ? "" : Arrays.stream(t.segments(i).split(";"))
                    .map(s -> BehaviouralSegment.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')).label(Locale.JAPANESE))
                    .collect(java.util.stream.Collectors.joining("、")), segments, id);
        }
        assertTrue(rows.values().stream().anyMatch(r -> !r.get("行動セグメント").isEmpty()), "some segments to word");
    }

    /** The message key whose Japanese text is {@code japanese} among R rfm's segment names. */
    private static String rfmKey(String japanese) {
        return JAPANESE.keySet().stream().filter(k -> k.startsWith("export.rfm.") && JAPANESE.getString(k).equals(japanese))
                .findFirst().orElseThrow(() -> new AssertionError("not a Japanese RFM segment name: " + japanese));
    }

    @Test
    void theCommandLinesFileKeepsItsDocumentedMachineNamesAndExactFigures() throws Exception {
        Path out = dir.resolve("analyze.csv");
        CustomerCsvWriter.write(analysis.customers(), null, null, out, false, CustomerNames.REAL);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_score,rfm_segment,grid_cell,"
                + "activity,decile,usage_level,favorability,first_category,segments,median_interval_days,days_overdue,at_risk,"
                + "expected_sales_period,plan_tier,p_alive,expected_purchases_90d,expected_order_value,clv,cpm",
                lines.get(0), "the README's header");
        String d = lines.stream().filter(l -> l.startsWith("D,")).findFirst().orElseThrow();
        assertEquals("2500.4", d.split(",")[3], "net sales exact");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1)[14].matches("true|false")), "first category");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",", -1)[8].matches("[A-Za-z' ]*")), "R rfm's names");
        assertTrue(lines.stream().anyMatch(l -> l.split(",", -1)[15].matches("[a-z-]+(;[a-z-]+)*")), "segment ids");
    }

    @Test
    void aPersonWrittenTwoWaysIsOnePersonShownAsFirstWritten() throws Exception {
        ImportService imports = new ImportService();
        try (Project p = Project.open(dir.resolve("p"))) {
            imports.importFile(p, Files.writeString(dir.resolve("more.csv"), "会員番号,受注日,金額\n山田1,2024/03/03,100\nＡ,2024/03/04,50\n"),
                    DataKind.TRANSACTIONS);
            String[] shown = CustomerIds.load(p.connection());
            assertEquals(List.of("A", "B", "C", "D", "E", "F", "山田①"), Arrays.stream(shown).sorted().toList(),
                    "山田1 and Ａ matched the people they are; the ids stay as first written");
            Analysis later = new AnalysisService().analyze(p);
            int yamada = Arrays.asList(shown).indexOf("山田①");
            assertEquals(2, later.customers().frequency(yamada));
            assertEquals(List.of(yamada), java.util.Arrays.stream(fangrid.analysis.CustomerRows.of(later.customers(), null)
                    .matching("山田1").indices()).boxed().toList(), "a search folds both");
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
    void anIdIsExportedAsTheShopsFileWroteIt() throws Exception {
        Path csv = out.resolve("ids.csv");
        export.write(null, ExportFormat.CSV_UTF8_BOM, csv, ExportProgress.NONE);
        assertTrue(readCsv(csv, StandardCharsets.UTF_8).containsKey("山田①"), "not the normalised 山田1");
        Path xlsx = out.resolve("ids.xlsx");
        export.write(null, ExportFormat.XLSX, xlsx, ExportProgress.NONE);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            find(wb.getSheetAt(0), "山田①");
        }
    }

    @Test
    void withoutContactsTheColumnsAreLeftOut() throws Exception {
        CustomerExport anonymous = new CustomerExport(analysis, null, ENGLISH, null, CustomerNames.REAL);
        assertEquals("Customer ID", anonymous.header().get(0));
        assertEquals("Days since last purchase", anonymous.header().get(1));
        assertTrue(!anonymous.header().contains("Name"));
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

    private static List<String> header(Sheet s) {
        List<String> header = new ArrayList<>();
        s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }

    private static Cell cell(Row r, List<String> header, String column) {
        return r.getCell(header.indexOf(column));
    }
}
