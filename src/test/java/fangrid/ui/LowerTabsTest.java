package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Summary;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lower tabs build their view when first shown: a start builds only the tab it shows; a tab is built when
 * clicked, when a drop on its header filters its view, and when presentation mode lends it to a slide.
 */
class LowerTabsTest extends SampleShopWindowTest {

    private TabPane tabs() {
        return robot.lookup("#viewTabs").queryAs(TabPane.class);
    }

    private List<String> builtTabs() throws Exception {
        TabPane tabs = tabs();
        return CustomerTableReader.fx(() -> tabs.getTabs().stream().filter(t -> t.getContent() != null)
                .map(Tab::getId).toList());
    }

    @Test
    void aStartBuildsOnlyTheTabItShowsAndAnotherWhenItIsFirstShown() throws Exception {
        assertEquals(List.of("detailTab"), builtTabs(), "only segment detail, the tab shown");
        assertNotNull(robot.lookup("#customerTable").tryQuery().orElse(null), "detail's view is there");
        robot.clickOn("#chartsTabHeader");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("detailTab", "chartsTab"), builtTabs());
        assertTrue(robot.lookup("#charts").query().isVisible(), "the charts are shown");
    }

    @Test
    void aCellDroppedOnTheHeaderOfATabNotBuiltYetFiltersItsViewOnceBuilt() throws Exception {
        Summary r1f1 = shown.expected("R1F1");
        robot.drag("#cell-R1F1").dropTo("#chartsTabHeader");
        String people = n.format(r1f1.people());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chip-charts-text").tryQueryAs(Label.class)
                .map(l -> l.getText() != null && l.getText().contains(people)).orElse(false));
        assertTrue(builtTabs().contains("chartsTab"), "the drop showed the charts");
    }

    @Test
    void presentingBuildsEveryTabAsItIsLentAndEscPutsEachInItsTab() throws Exception {
        int count = 3 + tabs().getTabs().size();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Pane slides = robot.lookup("#presentationSlide").queryAs(Pane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> slides.getChildren().size() == count);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> all = CustomerTableReader.fx(() -> tabs().getTabs().stream().map(Tab::getId).toList());
        assertEquals(all, builtTabs(), "every tab holds its view again");
    }
}
