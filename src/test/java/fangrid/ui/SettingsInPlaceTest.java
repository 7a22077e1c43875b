package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridCell;
import fangrid.domain.GridThresholds;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.Project;
import java.nio.file.Path;
import java.util.List;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Settings edited in place above the grid and on its cells are shown at once and stored with the project. */
@ExtendWith(ApplicationExtension.class)
class SettingsInPlaceTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static SampleOracle oracle;
    private final NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);
    private final NumberFormat pct = NumberFormat.getPercentInstance(Locale.JAPANESE);
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
        }
        oracle = new SampleOracle(TestProjects.sampleDataDir());
    }

    SettingsInPlaceTest() {
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @Test
    void aNewRecencyThresholdRegridsAtOnceAndIsStoredWithTheProject() throws Exception {
        FxRobot robot = window.start("--project=" + project);
        @SuppressWarnings("unchecked")
        Spinner<Integer> r1 = robot.lookup("#r1Spinner").queryAs(Spinner.class);
        robot.interact(() -> r1.getValueFactory().setValue(60));
        SampleOracle.Grid expected = oracle.grid(60, 180);
        assertTrue(expected.customers()[0] != oracle.gridCounts[0], "the new band moves people out of R1F1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> n.format(expected.customers()[0])
                .equals(robot.lookup("#count-R1F1").queryAs(Label.class).getText()));
        // The grid fills its cells one after another on the FX thread: let it finish before reading the others.
        WaitForAsyncUtils.waitForFxEvents();
        double totalSales = java.util.Arrays.stream(expected.sales()).sum();
        for (int i = 0; i < 9; i++) {
            GridCell cell = GridCell.ofIndex(i);
            List<String> shown = new java.util.ArrayList<>();
            shown.add(robot.lookup("#count-" + cell).queryAs(Label.class).getText());
            robot.lookup("#cell-" + cell + " .cell-detail").queryAllAs(Label.class).forEach(l -> shown.add(l.getText()));
            double customers = expected.customers()[i];
            assertEquals(List.of(n.format(customers), "全体 " + pct.format(customers / oracle.base),
                    "¥" + n.format(Math.round(expected.sales()[i])), "売上 " + pct.format(expected.sales()[i] / totalSales)),
                    shown, "cell " + cell + ": customers, % of base, net sales, % of sales");
        }
        assertTrue(robot.lookup(".grid-header").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("60")), "the row header names the new band");

        robot.rightClickOn("#cell-R2F1");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("コミュニケーション活動");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("4. 優良顧客の離脱阻止、離脱してしまった優良顧客の引き上げ");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cell-R2F1").query().getStyleClass()
                .contains("activity-4"));
        window.close();

        try (Project p = Project.open(project)) {
            AnalysisSettings stored = new AnalysisSettingsRepository(p.settings()).load();
            assertEquals(new GridThresholds(60, 180), stored.thresholds());
            assertEquals(Activity.KEEP_LOYAL, stored.activities().activityOf(new GridCell(2, 1)));
        }
    }
}
