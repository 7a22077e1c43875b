package fangrid.ui.charts;

import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * One chart with its title and a menu that saves it as a PNG of a chosen size ({@link ChartPng}); a chart with
 * nothing to draw says why in its place (wrapped by JavaFX: JFreeChart's own no-data message is measured with
 * truncated widths on a JavaFX canvas and runs past a small plot).
 */
final class ChartCard extends VBox {
    static final int PNG_WIDTH = ChartPng.Size.SMALL.width;
    static final int PNG_HEIGHT = ChartPng.Size.SMALL.height;

    private final JFreeChart chart;
    private final String title;
    private final Supplier<String> captionDetail;
    private final ChartStyler styler;
    private final MenuButton export = new MenuButton("PNG");
    private final Label message = new Label();
    private final ChartFonts fonts;

    /**
     * A card {@code id} showing {@code chart} under {@code title}; a saved PNG also says {@code captionDetail}'s line
     * (the customers shown, the analysis date, the project).
     */
    ChartCard(String id, String title, JFreeChart chart, Supplier<String> captionDetail, Messages messages,
              ChartStyler styler, FileDialogs dialogs, Consumer<Exception> errors) {
        this.chart = chart;
        this.title = title;
        this.captionDetail = captionDetail;
        this.styler = styler;
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
        for (ChartPng.Size size : ChartPng.Size.values()) {
            MenuItem item = new MenuItem(size.label());
            item.setId(id + "-png-" + size.width);
            item.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("charts.exportPng"));
                chooser.setInitialFileName(id + ".png");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
                File f = dialogs.save(chooser, getScene().getWindow());
                if (f != null) {
                    try {
                        savePng(f, size);
                    } catch (IOException ex) {
                        errors.accept(ex);
                    }
                }
            });
            export.getItems().add(item);
        }
        HBox header = new HBox(8, heading, gap, export);
        header.getStyleClass().add("chart-header");
        ChartViewer viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("chart-viewer");
        fonts = ChartFonts.follow(chart, heading);
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

    /** What a PNG of this chart says about itself now. */
    ChartPng.Caption caption() {
        return new ChartPng.Caption(title, captionDetail.get());
    }

    /** Saves the chart with its title, caption and legend as a PNG of {@code size}. */
    void savePng(File file, ChartPng.Size size) throws IOException {
        fonts.atNormalSize(() -> ChartPng.write(chart, caption(), size, styler.titleFont(), file));
    }
}
