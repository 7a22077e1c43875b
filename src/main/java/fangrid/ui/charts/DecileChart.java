package fangrid.ui.charts;

import fangrid.analysis.DecileSummary;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Each decile's (D1 … D10) share of the net sales, as bars. */
final class DecileChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final String series;

    DecileChart(Messages messages, ChartStyler styler) {
        series = messages.get("charts.deciles.series");
        chart = styler.style(ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.VERTICAL,
                false, true, false));
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyler.ACCENT);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new Formats(messages.locale()).percentFormat()));
        r.setDefaultItemLabelsVisible(true);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(messages.locale()));
        axis.setUpperMargin(0.15);
    }

    JFreeChart chart() {
        return chart;
    }

    void show(DecileSummary d) {
        dataset.clear();
        for (int i = 1; i <= 10; i++) {
            dataset.addValue(d.shareOfSales(i), series, "D" + i);
        }
    }
}
