package fangrid.ui.charts;

import fangrid.ui.common.Messages;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** One chart with its title and a button that saves it as a PNG. */
final class ChartCard extends VBox {
    static final int PNG_WIDTH = 1200;
    static final int PNG_HEIGHT = 800;

    private final JFreeChart chart;

    ChartCard(String id, String title, JFreeChart chart, Messages messages, Consumer<Exception> errors) {
        this.chart = chart;
        setId(id);
        getStyleClass().add("chart-card");
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button("PNG…");
        export.setTooltip(new javafx.scene.control.Tooltip(messages.get("charts.exportPng")));
        export.setAccessibleText(messages.get("charts.exportPng"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId(id + "-png");
        export.getStyleClass().add("small-button");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("charts.exportPng"));
            chooser.setInitialFileName(id + ".png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
            File f = chooser.showSaveDialog(getScene().getWindow());
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
        VBox.setVgrow(viewer, Priority.ALWAYS);
        getChildren().addAll(header, viewer);
    }

    /** Saves the chart as a PNG of {@value #PNG_WIDTH} × {@value #PNG_HEIGHT} pixels. */
    void savePng(File file) throws IOException {
        ChartUtils.saveChartAsPNG(file, chart, PNG_WIDTH, PNG_HEIGHT);
    }
}
