package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.target.TargetGrouping;
import fangrid.analysis.target.TargetInputs;
import fangrid.analysis.target.TargetResult;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The target tab in the real window on the sample shop: compute, see the ranked cells and the recommendation, and
 * carry the recommended set to segment detail (button and drag), where it counts the people the session recommends.
 */
@ExtendWith(ApplicationExtension.class)
class TargetViewTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static TargetResult expected;
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
        }
        try (ProjectSession s = ProjectSession.open(project)) {
            expected = s.target(s.analysis(), new TargetInputs(300, 40, 90, TargetGrouping.GRID), StepProgress.NONE);
        }
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean chipSays(FxRobot robot, String what) {
        return robot.lookup("#chip-detail-text").tryQueryAs(Label.class)
                .map(l -> l.getText() != null && l.getText().contains(what)).orElse(false);
    }

    private static FxRobot compute(FxRobot robot, String cost) throws Exception {
        robot.interact(() -> {
            robot.lookup("#cost").queryAs(TextField.class).setText(cost);
            robot.lookup("#margin").queryAs(TextField.class).setText("40");
        });
        robot.clickOn("#computeButton");
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    @Test
    void computingRanksTheCellsAndTheRecommendedSetGoesToDetailByButtonAndByDrag() throws Exception {
        FxRobot robot = compute(window.start("--project=" + project, "--tab=target"), "300");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, table.getItems().size());
        String count = NumberFormat.getIntegerInstance(Locale.JAPAN).format(expected.recommendedPeople());
        assertTrue(text(robot, "#recommendation").contains(count + "人"), text(robot, "#recommendation"));
        assertTrue(text(robot, "#backtest").startsWith("バックテスト"), text(robot, "#backtest"));

        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chipSays(robot, "ターゲット"));
        assertTrue(text(robot, "#chip-detail-text").contains(count + "人"), text(robot, "#chip-detail-text"));

        robot.clickOn("ターゲット選定");
        robot.drag("#recommendation").dropTo("#chartsTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chip-charts-text")
                .tryQueryAs(Label.class).map(l -> l.getText() != null && l.getText().contains("ターゲット"))
                .orElse(false));
    }

    @Test
    void aNegativeCostIsSaidInPlaceAndNothingIsComputed() throws Exception {
        FxRobot robot = compute(window.start("--project=" + project, "--tab=target"), "-5");
        assertTrue(text(robot, "#recommendation").contains("0円以上"), text(robot, "#recommendation"));
        assertTrue(robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
    }
}
