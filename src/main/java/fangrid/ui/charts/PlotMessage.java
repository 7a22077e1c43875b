package fangrid.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * A chart that says why it has nothing to draw: the message fills its plot, without the empty plot's axes (an axis
 * from 0 % to 110 % over nothing reads as a result).
 */
final class PlotMessage {
    private PlotMessage() {
    }

    /** Says {@code message} in place of the plot; the chart's data must be empty for it to show. */
    static void show(JFreeChart chart, String message) {
        chart.getPlot().setNoDataMessage(message);
        axesVisible(chart, false);
    }

    /** Brings back the axes, for data to draw. */
    static void hide(JFreeChart chart) {
        axesVisible(chart, true);
    }

    private static void axesVisible(JFreeChart chart, boolean visible) {
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.getDomainAxis().setVisible(visible);
            p.getRangeAxis().setVisible(visible);
        } else if (chart.getPlot() instanceof XYPlot p) {
            p.getDomainAxis().setVisible(visible);
            p.getRangeAxis().setVisible(visible);
        }
    }
}
