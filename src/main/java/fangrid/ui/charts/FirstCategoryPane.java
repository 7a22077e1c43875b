package fangrid.ui.charts;

import fangrid.analysis.FirstCategorySummary;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The headline: the share of the whole customer base in the first category as a big number, the share of
 * survey respondents beside it (clearly labelled), the people one step away, and a bar chart of both shares.
 */
public final class FirstCategoryPane extends HBox {
    private final Messages messages;
    private final Formats formats;
    private final Label share = new Label();
    private final Label people = new Label();
    private final Label respondents = new Label();
    private final Label oneStep = new Label();
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();

    public FirstCategoryPane(Messages messages, ChartStyler styler) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        getStyleClass().add("headline");
        setId("firstCategory");
        share.setId("firstCategoryShare");
        share.getStyleClass().add("headline-number");
        Label title = new Label(messages.get("headline.title"));
        title.getStyleClass().add("headline-title");
        Label definition = new Label(messages.get("headline.definition"));
        definition.getStyleClass().add("headline-note");
        people.getStyleClass().add("headline-detail");
        respondents.setId("firstCategoryRespondents");
        respondents.getStyleClass().add("headline-detail");
        oneStep.getStyleClass().add("headline-note");
        oneStep.setWrapText(true);
        VBox text = new VBox(title, share, people, respondents, definition, oneStep);
        text.getStyleClass().add("headline-text");

        JFreeChart chart = ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.VERTICAL,
                false, true, false);
        styler.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyler.ACCENT);
        renderer.setMaximumBarWidth(0.18);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", formats.percentFormat()));
        renderer.setDefaultItemLabelsVisible(true);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(messages.locale()));
        axis.setUpperMargin(0.15);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefSize(320, 160);
        viewer.setMinSize(240, 120);
        HBox.setHgrow(viewer, Priority.ALWAYS);
        getChildren().addAll(text, viewer);
    }

    public void show(FirstCategorySummary s) {
        share.setText(formats.percent(s.shareOfBase()));
        people.setText(messages.format("headline.people", formats.count(s.firstCategory()), formats.count(s.base())));
        respondents.setText(messages.format("headline.respondents", formats.percent(s.shareOfRespondents()),
                formats.count(s.respondents())));
        oneStep.setText(messages.format("headline.oneStep", formats.count(s.oneStepUsage()), formats.count(s.oneStepLiking())));
        String series = messages.get("headline.title");
        dataset.clear();
        dataset.addValue(s.shareOfBase(), series, messages.get("headline.chart.base"));
        dataset.addValue(s.shareOfRespondents(), series, messages.get("headline.chart.respondents"));
    }
}
