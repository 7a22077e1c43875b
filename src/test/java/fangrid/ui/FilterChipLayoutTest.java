package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A filter chip appearing on a view moves nothing: the panels, the settings bar and the views keep their place
 * and size when each view gets a filter (and a long chip, of several cells).
 */
@ExtendWith(ApplicationExtension.class)
class FilterChipLayoutTest {
    private static final List<String> NODES = List.of("#gridCard", "#matrixCard", ".settings-bar", "#gridHolder",
            "#rfGrid", "#matrixHolder", "#matrix", "#activityLegend", "#viewTabs", "#chart-share", "#chart-trend",
            "#chart-matrix", "#chart-deciles");
    @TempDir
    static Path dir;
    private static Path project;
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeAll
    static void makeProject() throws Exception {
        try (var p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
        }
    }

    @BeforeEach
    void start() throws Exception {
        robot = window.start("--project=" + project);
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private Map<String, Bounds> bounds(List<String> queries) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Bounds> b = new LinkedHashMap<>();
        for (String q : queries) {
            Node n = robot.lookup(q).query();
            b.put(q, n.localToScene(n.getLayoutBounds()));
        }
        return b;
    }

    private static void assertSame(Map<String, Bounds> before, Map<String, Bounds> after) {
        before.forEach((q, was) -> {
            Bounds now = after.get(q);
            String what = q + " moved or resized when the chips appeared: " + was + " -> " + now;
            assertEquals(was.getMinX(), now.getMinX(), 0.5, what);
            assertEquals(was.getMinY(), now.getMinY(), 0.5, what);
            assertEquals(was.getWidth(), now.getWidth(), 0.5, what);
            assertEquals(was.getHeight(), now.getHeight(), 0.5, what);
        });
    }

    private void select(String... cells) {
        robot.clickOn(cells[0]);
        robot.press(KeyCode.CONTROL);
        for (int i = 1; i < cells.length; i++) {
            robot.clickOn(cells[i]);
        }
        robot.release(KeyCode.CONTROL);
    }

    private void send(KeyCode view) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, view).release(view, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void waitForChip(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).query().isVisible());
    }

    @Test
    void theGridMatrixAndChartsKeepTheirLayoutWhenTheirChipsAppear() throws Exception {
        robot.clickOn("#chartsTabHeader");
        Map<String, Bounds> before = bounds(NODES);

        select("#matrix-cell-u5-f7", "#matrix-cell-u5-f6", "#matrix-cell-u4-f7", "#matrix-cell-u4-f6",
                "#matrix-cell-u3-f7");
        send(KeyCode.G);
        send(KeyCode.C);
        select("#cell-R1F1", "#cell-R1F2", "#cell-R1F3", "#cell-R2F3");
        send(KeyCode.M);
        waitForChip("#chip-grid");
        waitForChip("#chip-matrix");
        waitForChip("#chip-charts");
        assertTrue(robot.lookup("#charts").query().isVisible(), "the charts tab is still shown");

        assertSame(before, bounds(NODES));
    }

    @Test
    void segmentDetailKeepsItsLayoutWhenItsChipAppears() throws Exception {
        robot.clickOn("#detailTabHeader");
        List<String> detail = List.of("#segmentDetail", "#customerTable", "#viewTabs", "#gridCard", "#matrixCard");
        Map<String, Bounds> before = bounds(detail);
        select("#cell-R1F1", "#cell-R1F2", "#cell-R1F3", "#cell-R2F3");
        send(KeyCode.D);
        waitForChip("#chip-detail");
        assertSame(before, bounds(detail));
    }
}
