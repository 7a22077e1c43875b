package fangrid.ui.charts;

import fangrid.analysis.CategorySummary;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The categories side by side as horizontal bars: each category's repeat rate beside its share in R1, in the order of
 * the table next to it, so that the lines that keep customers coming back stand out.
 */
public final class CategoryBars {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final Messages messages;

    public CategoryBars(Messages messages, ChartStyler styler) {
        this.messages = messages;
        chart = styler.style(ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.HORIZONTAL, true,
                true, false));
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyler.ACCENT);
        r.setSeriesPaint(1, ChartStyler.MUTED);
        PercentAxis.apply((NumberAxis) chart.getCategoryPlot().getRangeAxis(), messages.locale());
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Shows {@code rows} in their order, each named by {@code label}. */
    public void show(List<CategorySummary> rows, Function<String, String> label) {
        dataset.clear();
        String repeat = messages.get("categories.column.repeat");
        String r1 = messages.get("categories.column.r1");
        for (CategorySummary row : rows) {
            String name = label.apply(row.name());
            dataset.addValue(row.repeatRate(), repeat, name);
            dataset.addValue(row.shareInR1(), r1, name);
        }
    }
}
