package fangrid.ui.charts;

import fangrid.analysis.FirstCategorySummary;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The first-category share: of the whole base, of survey respondents only and, when the view is filtered, of the
 * filtered group.
 */
final class ShareChart {
    private final Messages messages;
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;

    ShareChart(Messages messages, ChartStyler styler) {
        this.messages = messages;
        chart = PercentBars.create(dataset, new CategoryAxis(), new StandardCategoryItemLabelGenerator("{2}",
                new Formats(messages.locale()).percentFormat()), messages, styler);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.2);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
    }

    JFreeChart chart() {
        return chart;
    }

    /** {@code everyone}: the whole base's KPI; {@code group}: the filtered view's, or null. */
    void show(FirstCategorySummary everyone, FirstCategorySummary group, int groupPeople) {
        String series = messages.get("headline.title");
        dataset.clear();
        EmptyPlot.showAxes(chart);
        dataset.addValue(everyone.shareOfBase(), series, messages.get("headline.chart.base"));
        dataset.addValue(everyone.shareOfRespondents(), series, messages.get("headline.chart.respondents"));
        if (group != null) {
            dataset.addValue(groupPeople == 0 ? 0 : (double) group.firstCategory() / groupPeople, series,
                    messages.get("charts.share.group"));
        }
    }

    /** Shows nothing: its card says why. */
    void clear() {
        dataset.clear();
        EmptyPlot.hideAxes(chart);
    }
}
