package fangrid.ui.predict;

import fangrid.analysis.predict.HoldoutCheck;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The holdout check as bars: per repeat purchases before the cutoff, the mean actual and expected purchases after. */
final class HoldoutChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final Messages messages;

    HoldoutChart(Messages messages, ChartStyler styler) {
        this.messages = messages;
        chart = styler.style(ChartFactory.createBarChart(null, messages.get("predict.chart.bucket"),
                messages.get("predict.chart.purchases"), dataset, PlotOrientation.VERTICAL, true, true, false));
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setSeriesPaint(0, ChartStyler.MUTED);
        r.setSeriesPaint(1, ChartStyler.ACCENT);
    }

    JFreeChart chart() {
        return chart;
    }

    void show(HoldoutCheck h) {
        dataset.clear();
        if (h == null) {
            return;
        }
        String actual = messages.get("predict.chart.actual");
        String predicted = messages.get("predict.chart.predicted");
        for (int b = 0; b < HoldoutCheck.BUCKETS; b++) {
            String bucket = b == HoldoutCheck.BUCKETS - 1 ? b + "+" : String.valueOf(b);
            dataset.addValue(h.actual()[b], actual, bucket);
            dataset.addValue(h.predicted()[b], predicted, bucket);
        }
    }
}
