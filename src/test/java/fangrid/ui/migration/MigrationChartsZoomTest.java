package fangrid.ui.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.Theme;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The migration tab's canvas charts follow the window's zoom and presentation mode's large type as the rest of the
 * window does: a canvas gets no font from the style sheet, so before they drew at 11 px at every zoom.
 */
@ExtendWith(ApplicationExtension.class)
class MigrationChartsZoomTest {
    private final Messages messages = new Messages(Locale.JAPANESE);
    private final GroupLabels labels = new GroupLabels(messages, id -> "");
    private Scene scene;
    private List<Region> charts;
    private StackPane slide;

    @Start
    void start(Stage stage) {
        charts = List.of(new FlowChart(messages, labels), new SnapshotsChart(messages, labels));
        slide = new StackPane();
        VBox root = new VBox(charts.get(0), charts.get(1), slide);
        scene = new Scene(root, 800, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void chartsDrawAtTheZoomAndAtPresentationType() throws Exception {
        for (Region chart : charts) {
            assertEquals(1.0, drawingScale(chart, "zoom-100"), 1e-6, chart.getClass().getSimpleName());
            assertEquals(2.0, drawingScale(chart, "zoom-200"), 1e-6, chart.getClass().getSimpleName());
            assertEquals(1.25, drawingScale(chart, "zoom-125"), 1e-6, chart.getClass().getSimpleName());
        }
        WaitForAsyncUtils.asyncFx(() -> {
            slide.getStyleClass().add("presentation");
            slide.getChildren().add(charts.get(0));
        }).get(10, TimeUnit.SECONDS);
        assertEquals(1.6, drawingScale(charts.get(0), "zoom-100"), 1e-6, "presentation mode's large type");
    }

    /** The scale {@code chart} draws its canvas at with {@code zoom} on the root, once laid out. */
    private double drawingScale(Region chart, String zoom) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("zoom-"));
            scene.getRoot().getStyleClass().add(zoom);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Canvas canvas = (Canvas) chart.getChildrenUnmodifiable().get(0);
            return canvas.getGraphicsContext2D().getTransform().getMxx();
        }).get(10, TimeUnit.SECONDS);
    }
}
