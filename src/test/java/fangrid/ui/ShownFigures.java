package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.analysis.Analysis;
import fangrid.analysis.Summary;
import fangrid.domain.CustomerFilter;
import fangrid.domain.GridCell;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the Japanese window's grid and matrix show, checked against the engine's figures for a filter. */
final class ShownFigures {
    private final FxRobot robot;
    private final Analysis analysis;
    private final NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);

    ShownFigures(FxRobot robot, Analysis analysis) {
        this.robot = robot;
        this.analysis = analysis;
    }

    /** The engine's summary of {@code filter} (e.g. "R1F1", "fav7/use5", "heavy"). */
    Summary expected(String filter) {
        return analysis.summary(analysis.aggregates().select(CustomerFilter.parse(filter), id -> null));
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    void waitForText(String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(text(query)));
        // A view fills its labels one after another on the FX thread: the others are read once it is done.
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the grid shows {@code s}, then checks all nine counts. */
    void assertGridShows(Summary s) throws Exception {
        waitForText("#count-R1F1", n.format(s.grid().customers(new GridCell(1, 1))));
        for (int i = 0; i < 9; i++) {
            GridCell c = GridCell.ofIndex(i);
            assertEquals(n.format(s.grid().customers(c)), text("#count-" + c), "grid cell " + c);
        }
    }

    /** Waits until the matrix shows {@code s}, then checks every count. */
    void assertMatrixShows(Summary s) throws Exception {
        waitForText("#matrix-u5-f7", n.format(s.matrix().count(7, 5)));
        for (int fav = 0; fav <= 7; fav++) {
            for (int usage = 0; usage <= 5; usage++) {
                assertEquals(n.format(s.matrix().count(fav, usage)), text("#matrix-u" + usage + "-f" + fav),
                        "matrix cell fav " + fav + " usage " + usage);
            }
        }
    }
}
