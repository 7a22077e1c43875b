package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.MatrixSummary;
import fangrid.analysis.Summary;
import fangrid.domain.CustomerFilter;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.matrix.FavorabilityMatrixPane;
import fangrid.ui.theme.Theme;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 2 M customers the matrix's 未回答 column holds seven-digit counts: at its narrowest the matrix must still show
 * them whole, taking the room from the favorability columns, whose headers keep a readable width.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixLayoutTest {
    private FavorabilityMatrixPane matrix;

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        Messages messages = new Messages(Locale.JAPANESE);
        matrix = new FavorabilityMatrixPane(messages, new GroupLabels(messages, id -> ""));
        int[][] counts = new int[8][6];
        counts[0][5] = 1_277_778;
        counts[0][4] = 403_344;
        counts[7][5] = 12;
        matrix.show(new FilteredView(null, CustomerFilter.EVERYONE, null,
                new Summary(2_000_000, null, new MatrixSummary(2_000_000, 2_000_000, counts), null, null, null, null, null)));
        Scene scene = new Scene(new Pane(matrix), 900, 400);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void atItsNarrowestTheMatrixShowsSevenDigitCountsWholeAndKeepsItsHeadersReadable(FxRobot robot) {
        robot.interact(() -> {
            matrix.applyCss();
            matrix.resize(matrix.minWidth(-1), matrix.prefHeight(-1));
            matrix.layout();
        });
        Label noAnswer = robot.lookup("#matrix-u5-f0").queryAs(Label.class);
        assertEquals("1,277,778", noAnswer.getText());
        for (int usage = 0; usage <= 5; usage++) {
            for (int fav = 0; fav <= 7; fav++) {
                Label count = robot.lookup("#matrix-u" + usage + "-f" + fav).queryAs(Label.class);
                assertTrue(count.getParent().getLayoutBounds().getWidth() >= count.prefWidth(-1) - 0.5,
                        "cell u" + usage + " f" + fav + " is narrower than its count " + count.getText());
            }
        }
        for (Label header : robot.lookup(".matrix-header").queryAllAs(Label.class)) {
            assertTrue(header.getWidth() >= 44 - 0.5, header.getText() + " squeezed to " + header.getWidth());
        }
        double favorabilityColumn = robot.lookup("#matrix-cell-u5-f5").query().getLayoutBounds().getWidth();
        assertTrue(favorabilityColumn < 50, "a column of short counts gives its room up to its header's minimum: "
                + favorabilityColumn);
    }
}
