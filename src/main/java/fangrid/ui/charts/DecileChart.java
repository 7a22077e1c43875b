package fangrid.ui.charts;

import fangrid.analysis.DecileSummary;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;

/** Each decile's (D1 … D10) share of the net sales, as bars. */
final class DecileChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final String series;

    DecileChart(Messages messages, ChartStyler styler) {
        series = messages.get("charts.deciles.series");
        // Ten labels of "0.0%" would run into each other: only shares of 1% and more are labelled.
        DecileAxis axis = new DecileAxis();
        axis.setCategoryMargin(0.1);
        chart = PercentBars.create(dataset, axis, new StandardCategoryItemLabelGenerator("{2}",
                new Formats(messages.locale()).percentFormat()) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset data, int row, int column) {
                Number v = data.getValue(row, column);
                return v == null || v.doubleValue() < 0.01 ? null : super.generateLabel(data, row, column);
            }
        }, messages, styler);
        axis.setTickLabelFont(axis.getTickLabelFont().deriveFont(9f));
        Font labels = chart.getCategoryPlot().getRenderer().getDefaultItemLabelFont();
        chart.getCategoryPlot().getRenderer().setDefaultItemLabelFont(labels.deriveFont(10f));
    }

    JFreeChart chart() {
        return chart;
    }

    void show(DecileSummary d) {
        dataset.clear();
        EmptyPlot.showAxes(chart);
        for (int i = 1; i <= 10; i++) {
            dataset.addValue(d.shareOfSales(i), series, "D" + i);
        }
    }

    /** Shows nothing: its card says why. */
    void clear() {
        dataset.clear();
        EmptyPlot.hideAxes(chart);
    }
}
