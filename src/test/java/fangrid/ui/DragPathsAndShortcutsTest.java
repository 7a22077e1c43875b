package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.Summary;
import fangrid.domain.ImportRecord;
import fangrid.store.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drag paths and keyboard shortcuts {@link LinkedViewsTest} leaves out, in the real window: grid and matrix cells
 * onto the charts, sidebar segments and deciles onto grid, matrix and segment detail; Ctrl+A, Esc and
 * Ctrl+Shift+G/D/C/X, and Delete on an import. Expected figures come from the engine on the same project.
 */
class DragPathsAndShortcutsTest extends SampleShopWindowTest {

    private Summary expected(String filter) {
        return shown.expected(filter);
    }

    private String text(String query) {
        return shown.text(query);
    }

    private boolean visible(String query) {
        return robot.lookup(query).query().isVisible();
    }

    private void assertGridShows(Summary s) throws Exception {
        shown.assertGridShows(s);
    }

    private void assertMatrixShows(Summary s) throws Exception {
        shown.assertMatrixShows(s);
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void aGridCellDroppedOnTheChartsTabFiltersTheCharts() throws Exception {
        Summary s = expected("R3F1");
        robot.drag("#cell-R3F1").dropTo("#chartsTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#chip-charts"));
        assertTrue(text("#chip-charts-text").contains("R3F1"), text("#chip-charts-text"));
        assertTrue(text("#chip-charts-text").contains(n.format(s.people())), text("#chip-charts-text"));
    }

    @Test
    void aMatrixCellDroppedOnTheChartsFiltersThem() throws Exception {
        Summary s = expected("fav7/use5");
        robot.clickOn("#chartsTabHeader");
        robot.drag("#matrix-cell-u5-f7").dropTo("#charts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#chip-charts"));
        assertTrue(text("#chip-charts-text").contains("好感度7 × 利用5"), text("#chip-charts-text"));
        assertTrue(text("#chip-charts-text").contains(n.format(s.people())), text("#chip-charts-text"));
    }

    @Test
    void aSidebarSegmentDroppedOnTheGridShowsWhereItsCustomersStand() throws Exception {
        robot.drag("#segment-one-time").dropTo("#gridHolder");
        assertGridShows(expected("one-time"));
        assertTrue(text("#chip-grid-text").contains("ワンタイムユーザー"), text("#chip-grid-text"));
    }

    @Test
    void aDecileDroppedOnTheMatrixShowsHowItsCustomersFeel() throws Exception {
        robot.drag("#segment-D1").dropTo("#matrixHolder");
        assertMatrixShows(expected("D1"));
        assertTrue(text("#chip-matrix-text").contains("D1"), text("#chip-matrix-text"));
    }

    @Test
    void aSidebarSegmentDroppedOnSegmentDetailListsItsCustomers() throws Exception {
        Summary s = expected("new");
        robot.drag("#segment-new").dropTo("#detailTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#detailTitle").equals("新規"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text("#customerCount").startsWith(n.format(s.people())));
    }

    @Test
    void ctrlASelectsEveryCellAndCtrlShiftDSendsThemToSegmentDetail() throws Exception {
        robot.clickOn("#cell-R1F1");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        shortcut(KeyCode.D);
        int buyers = analysis.grid().buyers();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text("#customerCount").startsWith(n.format(buyers)));
        assertTrue(text("#detailTitle").contains("R1F1") && text("#detailTitle").contains("R3F3"), text("#detailTitle"));
    }

    @Test
    void escClearsTheSelectionSoNothingIsSent() throws Exception {
        robot.clickOn("#cell-R2F2");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        shortcut(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible("#chip-matrix"), "nothing selected, nothing sent");
        assertMatrixShows(analysis.summary());
    }

    @Test
    void ctrlShiftGAndCSendTheMatrixSelectionAndCtrlShiftXClearsEveryFilter() throws Exception {
        robot.clickOn("#matrix-cell-u4-f6");
        shortcut(KeyCode.G);
        assertGridShows(expected("fav6/use4"));
        shortcut(KeyCode.C);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#chip-charts"));
        assertTrue(text("#chip-charts-text").contains("好感度6 × 利用4"), text("#chip-charts-text"));

        shortcut(KeyCode.X);
        assertGridShows(analysis.summary());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !visible("#chip-grid") && !visible("#chip-charts"));
    }

    @Test
    void deleteOnAnImportAsksAndUndoesIt() throws Exception {
        window.close();
        Path own;
        try (Project p = TestProjects.sampleProject(dir.resolve("undo"))) {
            own = p.file();
        }
        robot = window.start("--project=" + own);
        var imports = robot.lookup("#importList").queryListView();
        assertEquals(4, imports.getItems().size());
        int survey = imports.getItems().stream().map(r -> ((ImportRecord) r).fileName()).toList().indexOf("survey.xlsx");
        robot.interact(() -> {
            imports.getSelectionModel().select(survey);
            imports.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> imports.getItems().size() == 3);
        window.close();
        try (Project p = Project.open(own)) {
            assertEquals(List.of("products.csv", "customers.csv", "orders.csv"),
                    p.imports().all().stream().map(ImportRecord::fileName).toList(), "the survey import is gone");
            assertEquals(0, new AnalysisService().analyze(p).firstCategory().respondents(),
                    "no survey answers left");
        }
    }
}
