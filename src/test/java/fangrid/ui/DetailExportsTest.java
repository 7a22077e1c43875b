package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.Activity;
import fangrid.domain.CustomerFilter;
import fangrid.domain.SavedSegment;
import fangrid.store.Project;
import fangrid.ui.charts.ChartsPane;
import fangrid.ui.detail.SegmentDetailModel;
import fangrid.ui.detail.SegmentDetailPane;
import fangrid.ui.theme.ChartStyler;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            for (int i : s.toArray()) {
                r1f1Ids.add(a.customerId(i));
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
    private TableView<Integer> table() {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    @Test
    void theTableListsTheGroupSortsSearchesAndShowsACustomersTimeline() throws Exception {
        robot.clickOn("#column-monetary");
        robot.clickOn("#column-monetary");
        WaitForAsyncUtils.waitForFxEvents();
        String top = robot.lookup("#customerTable .table-row-cell").nth(0).lookup(".table-cell").queryAs(
                javafx.scene.control.TableCell.class).getText();
        assertTrue(r1f1Ids.contains(top), top);
        robot.clickOn("#customerSearch").write(top);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() >= 1
                && table().getItems().size() < r1f1Ids.size());
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#timeline").queryListView().getItems().isEmpty());
        assertTrue(robot.lookup("#timelineTitle").queryAs(Label.class).getText().contains(top));
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
    void everyChartSavesThroughItsButtonAsAPngOfTheChartWithItsTitle() throws Exception {
        robot.clickOn("#chartsTabHeader");
        ChartsPane charts = robot.lookup("#charts").queryAs(ChartsPane.class);
        List<String> asked = new java.util.ArrayList<>();
        robot.interact(() -> charts.setPngTarget((name, owner) -> {
            asked.add(name);
            return dir.resolve(name).toFile();
        }));
        for (String id : List.of("chart-share", "chart-trend", "chart-matrix", "chart-deciles")) {
            robot.clickOn("#" + id + "-png");
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
        assertEquals(List.of("chart-share.png", "chart-trend.png", "chart-matrix.png", "chart-deciles.png"), asked);
    }
}
