package fangrid.ui.charts;

import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

/**
 * A flat bar chart of shares (0–1) in the accent colour, with a percent axis, the given category axis and bar
 * labels.
 */
final class PercentBars {
    private PercentBars() {
    }

    static JFreeChart create(CategoryDataset data, CategoryAxis categories, CategoryItemLabelGenerator labels,
                             Messages messages, ChartStyler styler) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, true,
                false);
        ReadableBarRenderer r = new ReadableBarRenderer();
        r.setDefaultToolTipGenerator(chart.getCategoryPlot().getRenderer().getDefaultToolTipGenerator());
        chart.getCategoryPlot().setRenderer(r);
        chart.getCategoryPlot().setDomainAxis(categories);
        styler.style(chart);
        // The theme gives bars a gradient and a shadow; these charts are flat.
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyler.ACCENT);
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        PercentAxis.apply(axis, messages.locale());
        axis.setUpperMargin(0.15);
        return chart;
    }
}
