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
import fangrid.store.Project;
import fangrid.ui.charts.ChartsPane;
import fangrid.ui.detail.SegmentDetailModel;
import fangrid.ui.detail.SegmentDetailPane;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.text.NumberFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * (stored in the project and listed in the sidebar), each export read back, and each chart saved as a PNG.
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
        }
    }

    @BeforeEach
    void start() throws Exception {
        robot = window.start("--project=" + project);
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

    private Path export(SegmentDetailModel.Export kind, String name) throws Exception {
        Path file = dir.resolve(name);
        SegmentDetailPane pane = robot.lookup("#segmentDetail").queryAs(SegmentDetailPane.class);
        Task<?>[] task = new Task<?>[1];
        robot.interact(() -> task[0] = pane.exportTo(kind, file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0].isDone());
        assertTrue(Files.isRegularFile(file), "written: " + file);
        return file;
    }

    private static Set<String> firstColumn(List<String> lines) {
        Set<String> ids = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String id = line.split(",", -1)[0];
            ids.add(id.startsWith("\"") ? id.substring(1, id.length() - 1).replace("\"\"", "\"") : id);
        }
        return ids;
    }

    @Test
    void theCsvExportInUtf8HasABomAndExactlyTheGroupsCustomers() throws Exception {
        Path file = export(SegmentDetailModel.Export.CSV_UTF8, "r1f1.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertTrue(lines.get(0).startsWith("customer_id,"), lines.get(0));
        assertEquals(r1f1Ids, firstColumn(lines));
    }

    @Test
    void theShiftJisExportDecodesAsWindows31j() throws Exception {
        Path file = export(SegmentDetailModel.Export.CSV_SJIS, "r1f1-sjis.csv");
        List<String> lines = List.of(Files.readString(file, Charset.forName("windows-31j")).split("\r\n"));
        assertEquals(r1f1Ids, firstColumn(lines));
        assertTrue(lines.stream().anyMatch(l -> l.chars().anyMatch(c -> c > 0x3000)),
                "the sample's Japanese names survive the encoding");
    }

    @Test
    void theXlsxExportOpensInPoiWithTheGroupsCustomers() throws Exception {
        Path file = export(SegmentDetailModel.Export.XLSX, "r1f1.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("customer_id", sheet.getRow(0).getCell(0).getStringCellValue());
            Set<String> ids = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add(row.getCell(0).getStringCellValue());
                }
            }
            assertEquals(r1f1Ids, ids);
        }
    }

    @Test
    void everyChartSavesAsAPng() throws Exception {
        robot.clickOn("#chartsTabHeader");
        ChartsPane charts = robot.lookup("#charts").queryAs(ChartsPane.class);
        for (String id : List.of("chart-share", "chart-trend", "chart-matrix", "chart-deciles")) {
            Path png = dir.resolve(id + ".png");
            robot.interact(() -> {
                try {
                    charts.savePng(id, png.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals(1200, image.getWidth(), id);
            assertEquals(800, image.getHeight(), id);
        }
    }
}
