package fangrid.ui.charts;

import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.title.TextTitle;

/**
 * One chart with its title and a button that saves it as a PNG; a chart with nothing to draw says why in its place
 * (wrapped by JavaFX: JFreeChart's own no-data message is measured with truncated widths on a JavaFX canvas and
 * runs past a small plot).
 */
final class ChartCard extends VBox {
    static final int PNG_WIDTH = 1200;
    static final int PNG_HEIGHT = 800;

    private final JFreeChart chart;
    private final TextTitle pngTitle;
    private final Button export = new Button("PNG…");
    private final Label message = new Label();

    ChartCard(String id, String title, JFreeChart chart, Messages messages, ChartStyler styler, FileDialogs dialogs,
              Consumer<Exception> errors) {
        this.chart = chart;
        this.pngTitle = styler.title(title);
        setId(id);
        getStyleClass().add("chart-card");
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        export.setTooltip(new Tooltip(messages.get("charts.exportPng")));
        export.setAccessibleText(messages.get("charts.exportPng"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId(id + "-png");
        export.getStyleClass().add("small-button");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("charts.exportPng"));
            chooser.setInitialFileName(id + ".png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
            File f = dialogs.save(chooser, getScene().getWindow());
            if (f != null) {
                try {
                    savePng(f);
                } catch (IOException ex) {
                    errors.accept(ex);
                }
            }
        });
        HBox header = new HBox(8, heading, gap, export);
        header.getStyleClass().add("chart-header");
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setMinSize(160, 100);
        viewer.setPrefSize(360, 150);
        message.setId(id + "-message");
        message.getStyleClass().add("chart-message");
        message.setWrapText(true);
        message.setMinSize(0, 0);
        message.setVisible(false);
        StackPane.setAlignment(message, Pos.CENTER);
        StackPane plot = new StackPane(viewer, message);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().addAll(header, plot);
    }

    /** Says {@code text} over the chart, which has nothing to draw; there is nothing to save either. */
    void say(String text) {
        message.setText(text);
        message.setVisible(true);
        export.setDisable(true);
    }

    /** Shows the chart again. */
    void showChart() {
        message.setVisible(false);
        export.setDisable(false);
    }

    /** Saves the chart with its title as a PNG of {@value #PNG_WIDTH} × {@value #PNG_HEIGHT} pixels. */
    void savePng(File file) throws IOException {
        chart.setTitle(pngTitle);
        try {
            ChartUtils.saveChartAsPNG(file, chart, PNG_WIDTH, PNG_HEIGHT);
        } finally {
            chart.setTitle((TextTitle) null);
        }
    }
}
