package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Summary;
import fangrid.domain.GridCell;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The linked views in the real window, headless: every drag path between grid, matrix, segment list, segment
 * detail and charts, their keyboard and menu equivalents, and the filter chips. Expected figures come from the
 * engine on the same project, computed before the window opens.
 */
class LinkedViewsTest extends SampleShopWindowTest {

    private Summary expected(String filter) {
        return shown.expected(filter);
    }

    private String text(String query) {
        return shown.text(query);
    }

    private void waitForText(String query, String expected) throws Exception {
        shown.waitForText(query, expected);
    }

    private void assertMatrixShows(Summary s) throws Exception {
        shown.assertMatrixShows(s);
    }

    private void assertGridShows(Summary s) throws Exception {
        shown.assertGridShows(s);
    }

    @Test
    void aGridCellDroppedOnTheMatrixShowsHowThoseCustomersFeel() throws Exception {
        Summary r1f1 = expected("R1F1");
        assertTrue(r1f1.people() > 100, "a real group: " + r1f1.people());
        robot.drag("#cell-R1F1").dropTo("#matrixHolder");
        assertMatrixShows(r1f1);
        assertTrue(text("#chip-matrix-text").contains("R1F1"), text("#chip-matrix-text"));
        assertTrue(text("#chip-matrix-text").contains(n.format(r1f1.people())));
        assertGridShows(analysis.summary());

        int base = analysis.summary().people();
        int[] fullest = {0, 0};
        for (int fav = 0; fav <= 7; fav++) {
            for (int usage = 0; usage <= 5; usage++) {
                int count = r1f1.matrix().count(fav, usage);
                assertEquals(percent((double) count / r1f1.people()), text("#matrix-cell-u" + usage + "-f" + fav + " .matrix-share"),
                        "fav " + fav + " usage " + usage + " as a share of R1F1's people");
                if (count > r1f1.matrix().count(fullest[0], fullest[1])) {
                    fullest = new int[] {fav, usage};
                }
            }
        }
        int count = r1f1.matrix().count(fullest[0], fullest[1]);
        robot.moveTo("#matrix-cell-u" + fullest[1] + "-f" + fullest[0]);
        assertEquals(n.format(count) + "人: 絞り込み内の " + percent((double) count / r1f1.people()) + "、全顧客の "
                + percent((double) count / base), hoverText(), "the base's share on hover");
    }

    /** The text of the tooltip the mouse brings up. */
    private String hoverText() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tooltipLabel().tryQuery().isPresent());
        return tooltipLabel().queryLabeled().getText();
    }

    private org.testfx.service.query.NodeQuery tooltipLabel() {
        return robot.lookup(".tooltip").lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null);
    }

    @Test
    void aMatrixCellDroppedOnTheGridShowsWhereThoseCustomersStand() throws Exception {
        Summary first = expected("fav7/use5");
        assertTrue(first.people() > 10);
        robot.drag("#matrix-cell-u5-f7").dropTo("#gridHolder");
        assertGridShows(first);
        assertTrue(text("#chip-grid-text").contains("好感度7 × 利用5"), text("#chip-grid-text"));

        double groupSales = 0;
        for (int i = 0; i < 9; i++) {
            groupSales += first.grid().sales()[i];
        }
        for (int i = 0; i < 9; i++) {
            GridCell c = GridCell.ofIndex(i);
            List<String> shares = robot.lookup("#cell-" + c + " .cell-detail").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
            int count = first.grid().customers(c);
            assertEquals("絞り込み内 " + percent((double) count / first.people()), shares.get(0), c + ": % of the group");
            assertEquals("売上 " + percent(first.grid().sales()[i] / groupSales), shares.get(2), c + ": % of its sales");
        }
        GridCell r1f3 = new GridCell(1, 3);
        robot.moveTo("#cell-R1F3");
        assertEquals("全顧客の " + percent((double) first.grid().customers(r1f3) / analysis.summary().people()) + "、全売上の "
                + percent(first.grid().sales(r1f3) / analysis.grid().totalSales()), hoverText(), "the base's shares on hover");
    }

    @Test
    void severalGridCellsDroppedOnTheDetailTabListTheirCustomers() throws Exception {
        Summary both = expected("R1F1+R1F2");
        robot.clickOn("#cell-R1F1").press(KeyCode.CONTROL).clickOn("#cell-R1F2").release(KeyCode.CONTROL);
        robot.drag("#cell-R1F2").dropTo("#detailTabHeader");
        waitForText("#detail-customers", n.format(both.people()) + "人（全体の" + percent((double) both.people() / both.grid().base()) + "）");
        assertEquals("R1F1 + R1F2", text("#detailTitle"));
    }

    @Test
    void aMatrixCellDroppedOnSegmentDetailListsItsCustomers() throws Exception {
        Summary s = expected("fav6/use5");
        robot.clickOn("#detailTabHeader");
        robot.drag("#matrix-cell-u5-f6").dropTo("#segmentDetail");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#detailTitle").equals("好感度6 × 利用5"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text("#customerCount").startsWith(n.format(s.people())));
    }

    @Test
    void aDroppedFilterCarriesTheSourceViewsOwnFilter() throws Exception {
        robot.drag("#matrix-cell-u5-f7").dropTo("#gridHolder");
        Summary first = expected("fav7/use5");
        assertGridShows(first);
        robot.drag("#cell-R1F3").dropTo("#matrixHolder");
        Summary both = expected("R1F3&fav7/use5");
        waitForText("#matrix-u5-f7", n.format(both.matrix().count(7, 5)));
        assertEquals(0, both.matrix().count(6, 5), "only favorability 7 is left");
        assertTrue(text("#chip-matrix-text").contains("好感度7 × 利用5 ∩ R1F3"), text("#chip-matrix-text"));
    }

    @Test
    void theKeyboardSelectsCellsAndTheFilterMenuSendsThemToTheMatrix() throws Exception {
        robot.clickOn("#cell-R1F1");
        robot.type(KeyCode.RIGHT);
        assertTrue(robot.lookup("#cell-R1F2").query().isFocused(), "arrow keys move between cells");
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        assertMatrixShows(expected("R1F1+R1F2"));
        robot.clickOn("#chip-matrix-clear");
        assertMatrixShows(analysis.summary());
        assertFalse(robot.lookup("#chip-matrix").query().isVisible(), "no chip when the view shows everyone");
    }

    @Test
    void theContextMenuSendsAMatrixCellToTheGrid() throws Exception {
        robot.rightClickOn("#matrix-cell-u4-f6");
        robot.clickOn("選択したセルを R × F グリッドで表示");
        assertGridShows(expected("fav6/use4"));
    }

    @Test
    void aSegmentFromTheSidebarDroppedOnTheChartsFiltersThem() throws Exception {
        Summary heavy = expected("heavy");
        robot.drag("#segment-heavy").dropTo("#chartsTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chip-charts").query().isVisible());
        assertTrue(text("#chip-charts-text").contains("ヘビーユーザー"), text("#chip-charts-text"));
        assertTrue(text("#chip-charts-text").contains(n.format(heavy.people())), text("#chip-charts-text"));
    }

    @Test
    void dropTargetsAreMarkedOnlyWhileADragIsUnderWay() throws Exception {
        Node root = robot.lookup("#gridCard").query().getScene().getRoot();
        robot.drag("#cell-R2F1").moveTo("#matrixHolder");
        assertTrue(root.getStyleClass().contains("dragging"), "targets highlighted during the drag");
        assertTrue(robot.lookup("#matrixCard").query().getStyleClass().contains("drop-hover"));
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(root.getStyleClass().contains("dragging"));
        assertFalse(robot.lookup("#matrixCard").query().getStyleClass().contains("drop-hover"));
    }

    private static String percent(double share) {
        NumberFormat p = NumberFormat.getPercentInstance(Locale.JAPANESE);
        p.setMinimumFractionDigits(1);
        p.setMaximumFractionDigits(1);
        return p.format(share);
    }
}
