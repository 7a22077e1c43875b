package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.DecileSummary;
import fangrid.analysis.PortfolioSummary;
import fangrid.analysis.Summary;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CustomerGroup;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 2 M customers a segment's line ("ワンタイムユーザー · 224,056人") is wider than the sidebar at its narrowest: the
 * size must stay whole, the name giving way, and the list must not scroll sideways.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentListLayoutTest {
    private ListView<CustomerGroup> list;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        Messages messages = new Messages(Locale.JAPANESE);
        list = new ListView<>();
        list.getStyleClass().add("segment-list");
        SegmentList segments = new SegmentList(list, messages, new GroupLabels(messages, id -> ""));
        int[] perSegment = new int[BehaviouralSegment.values().length];
        Arrays.fill(perSegment, 1_224_056);
        int[] perDecile = new int[10];
        Arrays.fill(perDecile, 200_000);
        segments.show(new Summary(2_000_000, null, null, null, new DecileSummary(perDecile, new double[10]), null,
                perSegment, new PortfolioSummary(2_000_000, 2_000_000, new int[10], new double[10], 1_224_056, 200_000)),
                List.of());
        list.setPrefSize(150, 400);
        Scene scene = new Scene(new Pane(list), 400, 420); // a Pane keeps the list at its 150 px, whatever the stage
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNarrowSidebarShortensSegmentNamesButShowsEverySizeWhole(FxRobot robot) {
        robot.interact(() -> {
            list.applyCss();
            list.layout();
        });
        boolean someNameShortened = false;
        for (BehaviouralSegment s : BehaviouralSegment.values()) {
            ListCell<?> cell = robot.lookup("#segment-" + new CustomerGroup.Segment(s).id().replace(':', '-'))
                    .queryAs(ListCell.class);
            assertTrue(cell.getText().endsWith("1,224,056人"), cell.getText());
            Label size = (Label) cell.lookup(".segment-size");
            assertEquals("1,224,056人", size.getText());
            assertEquals(size.getText(), shown(size), "the size is cut in " + cell.getText());
            Label name = (Label) size.getParent().getChildrenUnmodifiable().get(0);
            someNameShortened |= !shown(name).equals(name.getText());
        }
        assertTrue(someNameShortened, "at 150 px some segment name should give way to its size");
        for (Node n : list.lookupAll(".scroll-bar")) {
            ScrollBar bar = (ScrollBar) n;
            if (bar.getOrientation() == Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), "the segment list scrolls sideways");
            }
        }
    }

    /** The text a label draws: its own, or shortened with an ellipsis when it does not fit. */
    private static String shown(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }
}
