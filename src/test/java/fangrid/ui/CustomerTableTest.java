package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerColumns;
import fangrid.analysis.CustomerTable;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.detail.SegmentDetailModel;
import fangrid.ui.detail.SegmentDetailPane;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Segment detail's customer table in the real window always draws the state it claims: after a new analysis date
 * every row on screen shows that date's figures, after another project is opened nothing of the previous one is
 * left (rows, selected customer, timeline, export note), and net sales show whole, negatives the Japanese way.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerTableTest {
    /** Another shop: ids the sample shop does not have, one large and one negative net sales. */
    private static final String OTHER_ORDERS = """
            受注番号,会員番号,受注日,小計
            O1,B-01,2024/03/01,1780000
            O2,B-02,2024/02/01,10000
            C2,B-02,2024/02/10,-389000
            O3,B-03,2024/03/05,5000
            O4,B-04,2024/01/20,3000
            O5,B-05,2023/12/01,2000
            O6,B-06,2024/03/10,4000
            """;
    private static final LocalDate EARLIER = LocalDate.of(2025, 3, 31);

    @TempDir
    static Path dir;
    private static Path sample;
    private static Path other;
    private static int sampleCustomers;
    private static Analysis sampleEarlier;
    private static List<String> otherIds;
    private final NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;
    private CustomerTableReader table;

    @BeforeAll
    static void makeProjects() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            sample = p.file();
            sampleCustomers = new AnalysisService().analyze(p).summary().people();
            sampleEarlier = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(EARLIER));
        }
        Path orders = Files.writeString(dir.resolve("other-orders.csv"), OTHER_ORDERS, StandardCharsets.UTF_8);
        try (Project p = Project.create(dir.resolve("other"))) {
            other = p.file();
            new ImportService().importFile(p, orders, DataKind.TRANSACTIONS);
        }
        otherIds = List.of("B-01", "B-02", "B-03", "B-04", "B-05", "B-06");
        new AppHome(dir.resolve("home")).rememberProject(other);
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private void start(Path project, int customers) throws Exception {
        robot = window.start("--project=" + project);
        table = new CustomerTableReader(robot);
        robot.clickOn("#detailTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.size() == customers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Map<String, Integer> indexById(Analysis a) {
        Map<String, Integer> index = new HashMap<>();
        CustomerTable t = a.customers();
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i)) {
                index.put(t.customerId(i), i);
            }
        }
        return index;
    }

    private String days(int value) {
        return value == CustomerColumns.NONE ? "" : n.format(value);
    }

    @Test
    void aNewAnalysisDateRedrawsEveryRowOnScreen() throws Exception {
        start(sample, sampleCustomers);
        List<Map<String, String>> before = table.drawnRows();
        assertTrue(before.size() >= 3, "rows on screen: " + before);
        CustomerTable expected = sampleEarlier.customers();
        Map<String, Integer> index = indexById(sampleEarlier);
        String firstId = before.get(0).get("customerId");
        assertTrue(index.containsKey(firstId), firstId + " is a customer at " + EARLIER);
        String firstRecency = days(expected.recencyDays(index.get(firstId)));
        assertFalse(firstRecency.equals(before.get(0).get("recency")), "the date changes the first row's recency");

        DatePicker asOf = robot.lookup("#asOfPicker").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(EARLIER));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> firstRecency.equals(table.cellData("recency", 0)));
        WaitForAsyncUtils.waitForFxEvents();

        List<Map<String, String>> after = table.drawnRows();
        assertFalse(after.isEmpty());
        for (Map<String, String> row : after) {
            Integer i = index.get(row.get("customerId"));
            assertTrue(i != null, row + " is a customer at " + EARLIER);
            assertEquals(days(expected.recencyDays(i)), row.get("recency"), "recency on screen of " + row);
            assertEquals(n.format(expected.frequency(i)), row.get("frequency"), "frequency on screen of " + row);
            String cell = expected.gridCell(i) == null ? "" : expected.gridCell(i).toString();
            assertEquals(cell, row.get("cell"), "grid cell on screen of " + row);
        }
    }

    @Test
    void anotherProjectShowsNoneOfThePreviousProjectsCustomers() throws Exception {
        start(sample, sampleCustomers);
        robot.clickOn("#customerTable .table-row-cell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#timelineTitle").contains("M0"));
        SegmentDetailPane pane = robot.lookup("#segmentDetail").queryAs(SegmentDetailPane.class);
        Task<?>[] export = new Task<?>[1];
        robot.interact(() -> export[0] = pane.exportTo(SegmentDetailModel.Export.CSV_UTF8, dir.resolve("everyone.csv")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> export[0].isDone());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#detailFeedback").isEmpty());

        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        robot.interact(() -> {
            for (Menu m : menus.getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if (item instanceof Menu recent && recent.getId() != null && recent.getId().equals("recentMenu")) {
                        recent.getItems().stream().filter(i -> i.getText().startsWith("other")).findFirst()
                                .orElseThrow().fire();
                    }
                }
            }
        });
        String otherCount = "6人を表示";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> otherCount.equals(text("#customerCount")));
        WaitForAsyncUtils.waitForFxEvents();

        List<Map<String, String>> drawn = table.drawnRows();
        assertEquals(otherIds, drawn.stream().map(r -> r.get("customerId")).toList(), "the other shop's customers only");
        assertEquals(otherIds, table.column("customerId"));
        assertEquals("顧客を選ぶと購入・返品・回答の履歴を表示します", text("#timelineTitle"), "no customer selected");
        assertTrue(robot.lookup("#timeline").queryListView().getItems().isEmpty(), "no timeline of the previous shop");
        assertEquals("", ((Labeled) robot.lookup("#timeline").queryListView().getPlaceholder()).getText(),
                "the title says to select a customer; no 'no history' under it as if one had none");
        assertEquals("", text("#detailFeedback"), "the export note belongs to the previous project");
        assertTrue(text("#detail-customers").startsWith("6人"), text("#detail-customers"));
    }

    @Test
    void netSalesShowWholeWithNegativesMarkedTheJapaneseWay() throws Exception {
        start(other, otherIds.size());
        List<String[]> texts = table.drawnTexts("monetary");
        assertEquals(otherIds.size(), texts.size());
        for (String[] t : texts) {
            assertEquals(t[0], t[1], "the whole figure is drawn, not cut to …");
        }
        List<Map<String, String>> drawn = table.drawnRows();
        assertEquals("¥1,780,000", drawn.get(0).get("monetary"));
        assertEquals("▲¥379,000", drawn.get(1).get("monetary"), "a loss as Japanese accounts write it");
    }
}
