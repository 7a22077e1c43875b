package fangrid.ui.target;

import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetRow;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The cumulative expected profit of contacting the ranked groups from the best: people contacted across, profit up,
 * with the break-even point (the top of the curve: where the next group would lose money) marked.
 */
final class ProfitCurveChart {
    /** More points than this are thinned (single customers): a curve of 2 M points draws no better than 2,000. */
    private static final int MAX_POINTS = 2000;

    private final XYSeries curve;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final Messages messages;
    private final Formats formats;
    private ValueMarker breakEven;

    ProfitCurveChart(Messages messages, ChartStyler styler) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        curve = new XYSeries(messages.get("target.chart.series"), false, true);
        chart = styler.style(ChartFactory.createXYLineChart(null, messages.get("target.chart.people"),
                messages.get("target.chart.profit"), new XYSeriesCollection(curve), PlotOrientation.VERTICAL, false,
                true, false));
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, ChartStyler.ACCENT);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        ValueMarker zero = new ValueMarker(0, ChartStyler.MUTED, new BasicStroke(1f));
        plot.addRangeMarker(zero);
        viewer = new ChartViewer(chart);
        viewer.setId("targetChart");
        viewer.setMinSize(200, 120);
    }

    ChartViewer node() {
        return viewer;
    }

    /** Draws {@code r}'s curve (null: nothing). */
    void show(TargetResult r) {
        curve.clear();
        XYPlot plot = chart.getXYPlot();
        if (breakEven != null) {
            plot.removeDomainMarker(breakEven);
            breakEven = null;
        }
        if (r == null) {
            return;
        }
        List<TargetRow> rows = r.rows();
        int every = Math.max(1, rows.size() / MAX_POINTS);
        curve.add(0, 0, false);
        for (int k = 0; k < rows.size(); k++) {
            TargetRow row = rows.get(k);
            boolean turning = row.recommended() && (k + 1 == rows.size() || !rows.get(k + 1).recommended());
            if (!Double.isNaN(row.expectedProfit()) && (k % every == 0 || turning || k + 1 == rows.size())) {
                curve.add(row.cumulativePeople(), row.cumulativeProfit(), false);
            }
        }
        curve.fireSeriesChanged();
        breakEven = new ValueMarker(r.recommendedPeople(), ChartStyler.MUTED, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        breakEven.setLabel(messages.format("target.chart.breakEven", formats.count(r.recommendedPeople()),
                formats.money(r.recommendedProfit())));
        breakEven.setLabelFont(plot.getDomainAxis().getTickLabelFont());
        // The label goes on the side of the marker with more room.
        long all = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).cumulativePeople();
        boolean leftHalf = r.recommendedPeople() * 2 <= all;
        breakEven.setLabelAnchor(leftHalf ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        breakEven.setLabelTextAnchor(leftHalf ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(breakEven);
    }
}
