package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.TimelineEvent;
import fangrid.domain.Activity;
import fangrid.domain.CustomerFilter;
import fangrid.domain.SavedSegment;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Formats;
import fangrid.ui.detail.SegmentDetailModel;
import fangrid.ui.theme.ChartStyler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.selection.Selection;

/**
 * Segment detail in the real window: the customer table, a customer's timeline, saving the group as a segment
 * (stored in the project and listed in the sidebar), each export through the menu and its save dialog read back
 * whole (every column of every customer, against the analysis), and each chart saved as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class DetailExportsTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static Set<String> r1f1Ids;
    private static Map<String, Double> r1f1NetSales;
    private static Map<String, Integer> r1f1Keys;
    private static int r1f2People;
    /** Every R1F1 customer's row as an export from the Japanese window must hold it, by id: CSV, then XLSX text. */
    private static Map<String, Map<String, String>> csvRows;
    private static Map<String, Map<String, String>> xlsxRows;
    private static LocalDate asOf;
    private static final ResourceBundle JAPANESE = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE);
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            Analysis a = new AnalysisService().analyze(p);
            Selection s = a.aggregates().select(CustomerFilter.parse("R1F1"), id -> null);
            r1f2People = a.aggregates().select(CustomerFilter.parse("R1F2"), id -> null).size();
            r1f1Ids = new HashSet<>();
            r1f1NetSales = new HashMap<>();
            r1f1Keys = new HashMap<>();
            for (int i : s.toArray()) {
                r1f1Ids.add(a.customerId(i));
                r1f1NetSales.put(a.customerId(i), a.customers().monetary(i));
                r1f1Keys.put(a.customerId(i), i);
            }
            ExpectedExportRows expected = new ExpectedExportRows(a, CustomerContactsLoader.load(p.connection()));
            csvRows = new HashMap<>();
            xlsxRows = new HashMap<>();
            for (int i : s.toArray()) {
                csvRows.put(a.customerId(i), expected.row(i, true));
                xlsxRows.put(a.customerId(i), expected.row(i, false));
            }
            asOf = a.asOf();
        }
    }

    /** The names the app proposed in its save dialogs, answered with that name in the test folder. */
    private final List<String> saveAsked = new java.util.ArrayList<>();
    /** The name (in the test folder) the next save dialog answers with; null: the name proposed. */
    private String nextSaveAnswer;
    private final FileDialogs answers = new FileDialogs() {
        @Override
        public java.io.File open(FileChooser chooser, Window owner) {
            throw new AssertionError("these tests open no file: " + chooser.getTitle());
        }

        @Override
        public java.io.File save(FileChooser chooser, Window owner) {
            saveAsked.add(chooser.getInitialFileName());
            String answer = nextSaveAnswer != null ? nextSaveAnswer : chooser.getInitialFileName();
            nextSaveAnswer = null;
            return dir.resolve(answer).toFile();
        }
    };

    @BeforeEach
    void start() throws Exception {
        robot = window.start(answers, "--project=" + project);
        robot.drag("#cell-R1F1").dropTo("#detailTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == r1f1Ids.size());
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<?> table() {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    /** R1F1's ids by net sales, ties in customer-key order (README: equal values keep that order either way). */
    private static List<String> r1f1ByNetSales(boolean ascending) {
        Comparator<String> bySales = Comparator.comparingDouble(r1f1NetSales::get);
        return r1f1Ids.stream().sorted((ascending ? bySales : bySales.reversed()).thenComparing(r1f1Keys::get)).toList();
    }

    /** Waits for the table's rows to be {@code expected}, then says how they differ if they never were. */
    private void assertRowsBecome(List<String> expected, String what) throws Exception {
        CustomerTableReader rows = new CustomerTableReader(robot);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(rows.column("customerId")));
        } catch (java.util.concurrent.TimeoutException e) {
            // reported by the assertion below, with the rows shown
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = rows.column("customerId");
        assertEquals(expected.subList(0, Math.min(10, expected.size())), shown.subList(0, Math.min(10, shown.size())),
                what + ", first rows");
        assertEquals(expected, shown, what);
        assertEquals(expected.subList(0, rows.drawnRows().size()),
                rows.drawnRows().stream().map(r -> r.get("customerId")).toList(), what + ", on screen");
    }

    @Test
    void aHeaderClickSortsTheGroupSearchFindsExactIdsAndTheTimelineShowsTheCustomersEvents() throws Exception {
        robot.clickOn("#column-monetary");
        assertRowsBecome(r1f1ByNetSales(true), "sorted by net sales, lowest first");
        robot.clickOn("#column-monetary");
        List<String> descending = r1f1ByNetSales(false);
        assertRowsBecome(descending, "sorted by net sales, highest first");
        robot.interact(() -> {
            assertEquals(List.of("column-monetary"), table().getSortOrder().stream().map(c -> c.getId()).toList());
            assertEquals(javafx.scene.control.TableColumn.SortType.DESCENDING, table().getSortOrder().get(0).getSortType());
        });

        // The customer of R1F1 with the most history: their id less its last digit is the search.
        SampleOracle oracle = new SampleOracle(TestProjects.sampleDataDir());
        String customer = descending.stream().max(Comparator.comparingInt(id -> oracle.timeline(id).size())).orElseThrow();
        List<String> expected = oracle.timeline(customer);
        assertTrue(expected.size() >= 3, "a customer with a purchase, a return or an answer: " + expected);
        String text = customer.substring(0, customer.length() - 1);
        List<String> found = descending.stream().filter(id -> id.contains(text)).toList();
        robot.clickOn("#customerSearch").write(text);
        assertRowsBecome(found, "the ids containing " + text + ", still by net sales");

        robot.clickOn(robot.lookup("#customerTable .table-row-cell").match(
                (javafx.scene.control.TableRow<?> r) -> !r.isEmpty() && r.getIndex() == found.indexOf(customer))
                .queryAs(javafx.scene.control.TableRow.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#timeline").queryListView().getItems().size() == expected.size());
        assertEquals(customer + " の履歴", robot.lookup("#timelineTitle").queryAs(Label.class).getText());
        List<String> events = new java.util.ArrayList<>();
        for (Object o : robot.lookup("#timeline").queryListView().getItems()) {
            events.add(eventText((TimelineEvent) o));
        }
        List<String> dates = events.stream().map(e -> e.substring(0, 10)).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first: " + events);
        assertEquals(expected.stream().sorted().toList(), events.stream().sorted().toList());
    }

    private static String eventText(TimelineEvent e) {
        if (e instanceof TimelineEvent.Purchase p) {
            return p.date() + " purchase " + p.orderId() + " " + Math.round(p.amount());
        } else if (e instanceof TimelineEvent.Return r) {
            return r.date() + " return " + r.orderId() + " " + Math.round(r.amount());
        }
        TimelineEvent.Answer a = (TimelineEvent.Answer) e;
        return a.date() + " answer " + Math.max(a.favorability(), 0);
    }

    @Test
    void aSavedSegmentIsStoredListedDraggableAndDeletable() throws Exception {
        robot.clickOn("#saveSegment");
        robot.clickOn("#segmentName").write("最近の初回購入者");
        robot.clickOn("#segmentNote").write("フォローメールを送る");
        robot.clickOn("保存");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".saved-segment").tryQuery().isPresent());
        assertTrue(robot.lookup("#detailFeedback").queryAs(Label.class).getText().contains("最近の初回購入者"));
        // The same name again, for other customers: asked, then replaced.
        robot.drag("#cell-R1F2").dropTo("#segmentDetail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == r1f2People);
        robot.clickOn("#saveSegment");
        robot.clickOn("#segmentName").write("最近の初回購入者");
        robot.clickOn("保存");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detailFeedback").queryAs(Label.class)
                .getText().contains(NumberFormat.getIntegerInstance(Locale.JAPANESE).format(r1f2People)));
        window.close();
        long id;
        try (Project p = Project.open(project)) {
            List<SavedSegment> saved = p.segments().list();
            assertEquals(1, saved.size());
            SavedSegment s = saved.get(0);
            id = s.id();
            assertEquals("最近の初回購入者", s.name());
            assertEquals("", s.note(), "replaced as a whole");
            assertEquals("R1F2", s.definition());
            assertEquals(Activity.GROW_NEW_CUSTOMERS, s.activity(), "the recommended activity by default");
            assertEquals(r1f2People, s.customerCount());
        }

        start();
        String item = "#segment-saved-" + id;
        robot.drag(item).dropTo("#matrixHolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chip-matrix").query().isVisible());
        assertTrue(robot.lookup("#chip-matrix-text").queryAs(Label.class).getText().contains("最近の初回購入者"));
        robot.clickOn(item).rightClickOn(item).clickOn("保存したセグメントを削除…");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".saved-segment").tryQuery().isEmpty());
        window.close();
        try (Project p = Project.open(project)) {
            assertTrue(p.segments().list().isEmpty(), "deleted from the project");
        }
        start();
    }

    /**
     * Exports R1F1 through the export menu, answering the save dialog with {@code answer} (no extension: the
     * format's is added), and checks the name the dialog proposed; returns the file written.
     */
    private Path exportThroughTheMenu(SegmentDetailModel.Export kind, String answer) throws Exception {
        nextSaveAnswer = answer;
        int asked = saveAsked.size();
        robot.clickOn("#exportSegment").clickOn(JAPANESE.getString("detail.export." + kind.key()));
        String name = answer + "." + kind.format().extension();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#detailFeedback").queryAs(Label.class).getText().contains(name));
        assertEquals("R1F1_" + asOf + "." + kind.format().extension(), saveAsked.get(asked), "named after the group and date");
        Path file = dir.resolve(name);
        assertTrue(Files.isRegularFile(file), "written: " + file);
        return file;
    }

    /** The rows of a CSV export by customer id, each by header, after checking the header. */
    private static Map<String, Map<String, String>> csvRows(Reader in) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(in)) {
            assertEquals(ExpectedExportRows.HEADER, p.getHeaderNames(), "headers in the window's language");
            for (CSVRecord r : p) {
                rows.put(r.get(0), r.toMap());
            }
        }
        return rows;
    }

    /** The same customers, each row checked on its own so that a failure names the customer. */
    private static void assertSameRows(Map<String, Map<String, String>> expected, Map<String, Map<String, String>> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the group's customers");
        expected.forEach((id, row) -> assertEquals(row, actual.get(id), id));
    }

    @Test
    void theCsvExportInUtf8HasABomAndEveryColumnOfTheGroupsCustomersAsShown() throws Exception {
        Path file = exportThroughTheMenu(SegmentDetailModel.Export.CSV_UTF8, "r1f1-utf8");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "CRLF");
        assertSameRows(csvRows, csvRows(new StringReader(text)));
    }

    @Test
    void theShiftJisExportDecodesAsWindows31jWithEveryColumnOfTheGroupsCustomers() throws Exception {
        Path file = exportThroughTheMenu(SegmentDetailModel.Export.CSV_SJIS, "r1f1-sjis");
        Map<String, Map<String, String>> rows;
        try (Reader in = Files.newBufferedReader(file, Charset.forName("windows-31j"))) {
            rows = csvRows(in);
        }
        assertEquals(csvRows.keySet(), rows.keySet());
        CharsetEncoder sjis = Charset.forName("windows-31j").newEncoder();
        int whole = 0;
        for (Map.Entry<String, Map<String, String>> e : csvRows.entrySet()) {
            if (e.getValue().values().stream().allMatch(sjis::canEncode)) {
                assertEquals(e.getValue(), rows.get(e.getKey()));
                whole++;
            }
        }
        assertTrue(whole > csvRows.size() * 9 / 10, "rows whose every character windows-31j holds: " + whole);
        assertTrue(rows.values().stream().anyMatch(r -> r.get("氏名").chars().anyMatch(c -> c > 0x3000)),
                "the sample's Japanese names survive the encoding");
    }

    @Test
    void theXlsxExportOpensInPoiWithEveryColumnOfTheGroupsCustomersTyped() throws Exception {
        Path file = exportThroughTheMenu(SegmentDetailModel.Export.XLSX, "r1f1");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(ExpectedExportRows.HEADER, header);
            Map<String, Map<String, String>> rows = new HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        values.put(header.get(c), text(row.getCell(c)));
                    }
                    rows.put(values.get("顧客ID"), values);
                }
            }
            assertSameRows(xlsxRows, rows);
            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(header.indexOf("売上（純額）")).getCellType());
            assertEquals(CellType.NUMERIC, first.getCell(header.indexOf("返品率")).getCellType());
        }
    }

    /** An XLSX cell as the window writes the value: dates ISO, percentages as its figures show them, numbers plain. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        assertEquals(CellType.NUMERIC, cell.getCellType());
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double v = cell.getNumericCellValue();
        if (cell.getCellStyle().getDataFormatString().endsWith("%")) {
            return new Formats(Locale.JAPANESE).percent(v);
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Test
    void everyChartSavesThroughItsMenuAsAPngOfTheChartWithItsTitle() throws Exception {
        robot.clickOn("#chartsTabHeader");
        saveAsked.clear();
        for (String id : List.of("chart-share", "chart-trend", "chart-matrix", "chart-deciles")) {
            robot.clickOn("#" + id + "-png");
            robot.clickOn("1200 × 800");
            WaitForAsyncUtils.waitForFxEvents();
            Path png = dir.resolve(id + ".png");
            assertTrue(Files.isRegularFile(png), id + " saved where the chooser said");
            PngContent content = new PngContent(javax.imageio.ImageIO.read(png.toFile()));
            assertEquals(1200, content.width(), id);
            assertEquals(800, content.height(), id);
            assertTrue(content.colours() > 50, id + ": a drawn chart, not a flat image: " + content.colours()
                    + " colours");
            assertTrue(content.near(ChartStyler.ACCENT, 40) > 200, id + ": the chart's accent colour is drawn: "
                    + content.near(ChartStyler.ACCENT, 40) + " pixels");
            assertTrue(content.inkIn(0, 0, 1200, 60) > 300, id + ": a title along the top: "
                    + content.inkIn(0, 0, 1200, 60) + " dark pixels");
        }
        assertEquals(List.of("chart-share.png", "chart-trend.png", "chart-matrix.png", "chart-deciles.png"), saveAsked);
    }
}
