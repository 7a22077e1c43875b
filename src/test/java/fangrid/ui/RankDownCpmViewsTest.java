package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.CustomerTable;
import fangrid.analysis.IntervalForecast;
import fangrid.analysis.Summary;
import fangrid.domain.CpmCell;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rank-down segment and the CPM cells in the real window: dragged like any group, the CPM view filtered like any
 * view. Sizes are counted here from each customer's purchases by the published rules (1.5 × the own median interval;
 * LTV-Lab's 240 / 90 / 210 days and ¥70,000), not read from the views' aggregates.
 */
class RankDownCpmViewsTest extends SampleShopWindowTest {

    /** Repeat customers more than 1.5 × their median interval past their last purchase. */
    private static int atRiskByHand() {
        CustomerTable t = analysis.customers();
        int count = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i) && t.frequency(i) >= 2 && t.recencyDays(i) > 1.5 * t.medianIntervalDays(i)) {
                count++;
            }
        }
        return count;
    }

    /** LTV-Lab's loyal and active: tenure ≥ 210 days, more than ¥70,000, a purchase within 240 days. */
    private static int loyalActiveByHand() {
        CustomerTable t = analysis.customers();
        int count = 0;
        for (int i = 0; i < t.size(); i++) {
            int tenure = t.daysSinceFirstPurchase(i) - t.recencyDays(i);
            if (t.inBase(i) && t.frequency(i) >= 2 && tenure >= 210 && t.monetary(i) > 70_000 && t.recencyDays(i) < 240) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theRankDownSegmentDroppedOnTheGridShowsWhereThoseCustomersStand() throws Exception {
        Summary atRisk = shown.expected("at-risk");
        assertEquals(atRiskByHand(), atRisk.people());
        assertTrue(atRisk.people() > 50, "a real group: " + atRisk.people());
        assertTrue(shown.text("#segment-at-risk .segment-size").contains(n.format(atRisk.people())));
        robot.drag("#segment-at-risk").dropTo("#gridHolder");
        shown.assertGridShows(atRisk);
        assertTrue(shown.text("#chip-grid-text").contains("ランクダウン防止"), shown.text("#chip-grid-text"));
        assertTrue(shown.text("#chip-grid-text").contains(n.format(atRisk.people())));
    }

    @Test
    void aCpmCellDroppedOnTheGridShowsWhereThoseCustomersStand() throws Exception {
        robot.clickOn("#cpmTabHeader");
        String loyal = CpmCell.parse("loyal-active").id();
        shown.waitForText("#cpm-count-" + loyal, n.format(loyalActiveByHand()));
        robot.drag("#cpm-" + loyal).dropTo("#gridHolder");
        shown.assertGridShows(shown.expected("cpm:loyal-active"));
        assertTrue(shown.text("#chip-grid-text").contains("CPM 優良・現役"), shown.text("#chip-grid-text"));
    }

    @Test
    void aGridCellDroppedOnTheCpmTabFiltersTheCpmView() throws Exception {
        Summary r3f3 = shown.expected("R3F3");
        robot.drag("#cell-R3F3").dropTo("#cpmTabHeader");
        CpmCell lapsedLoyal = CpmCell.parse("loyal-lapsed");
        shown.waitForText("#cpm-count-first-active", "0");
        for (int k = 0; k < CpmCell.COUNT; k++) {
            CpmCell c = CpmCell.ofIndex(k);
            assertEquals(n.format(r3f3.portfolio().customers(c)), shown.text("#cpm-count-" + c.id()), c.id());
        }
        assertTrue(shown.text("#chip-cpm-text").contains("R3F3"), shown.text("#chip-cpm-text"));
        assertTrue(r3f3.portfolio().customers(lapsedLoyal) > 0, "lapsed loyal customers are in R3F3");
    }

    @Test
    void theRankDownListComesByValueAtRiskWithItsColumnsFirst() throws Exception {
        robot.drag("#segment-at-risk").dropTo("#detailTabHeader");
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#customerTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == atRiskByHand());
        assertEquals("column-daysOverdue", table.getColumns().get(1).getId());
        CustomerTable t = analysis.customers();
        double[] plan = new IntervalForecast().expectedSales(analysis, (int) ChronoUnit.DAYS.between(analysis.asOf(),
                analysis.asOf().plusMonths(6)));
        int highest = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i) && t.frequency(i) >= 2 && t.recencyDays(i) > 1.5 * t.medianIntervalDays(i)
                    && (highest < 0 || plan[i] > plan[highest])) {
                highest = i;
            }
        }
        assertEquals(t.customerId(highest), table.getColumns().get(0).getCellData(0),
                "the at-risk customer with the highest six-month prediction first");
    }
}
