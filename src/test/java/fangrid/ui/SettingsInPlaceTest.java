package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridCell;
import fangrid.domain.GridThresholds;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.Project;
import java.nio.file.Path;
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
    private static Analysis r1Within60;
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            r1Within60 = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withThresholds(
                    new GridThresholds(60, 180), AnalysisSettings.DEFAULT.gridMode()));
        }
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
        String expected = NumberFormat.getIntegerInstance(Locale.JAPANESE)
                .format(r1Within60.grid().customers(new GridCell(1, 1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> expected.equals(robot.lookup("#count-R1F1").queryAs(Label.class).getText()));
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
