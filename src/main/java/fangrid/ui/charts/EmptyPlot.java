package fangrid.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * A chart's plot with nothing to draw shows no axes: an axis from 0 % to 110 % over nothing reads as a result. Its
 * card says why it is empty ({@link ChartCard#say}).
 */
final class EmptyPlot {
    private EmptyPlot() {
    }

    /** Hides the axes of {@code chart}, whose data has been cleared. */
    static void hideAxes(JFreeChart chart) {
        axesVisible(chart, false);
    }

    /** Brings back the axes, for data to draw. */
    static void showAxes(JFreeChart chart) {
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
