package fangrid.ui.charts;

import fangrid.analysis.TrendPoint;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The first-category share over monthly analysis dates: of the whole base, and of respondents only. */
final class TrendChart {
    private final TimeSeries base;
    private final TimeSeries respondents;
    private final JFreeChart chart;

    TrendChart(Messages messages, ChartStyler styler) {
        base = new TimeSeries(messages.get("headline.chart.base"));
        respondents = new TimeSeries(messages.get("headline.chart.respondents"));
        TimeSeriesCollection data = new TimeSeriesCollection(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        data.addSeries(base);
        data.addSeries(respondents);
        chart = styler.style(ChartFactory.createTimeSeriesChart(null, null, null, data, true, true, false));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartStyler.ACCENT);
        r.setSeriesPaint(1, ChartStyler.MUTED);
        plot.setRenderer(r);
        DateAxis dates = (DateAxis) plot.getDomainAxis();
        dates.setTimeZone(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        // Months 1, 3, 6 or 12 apart, whichever leaves the labels room on the card ("25/0325/06" otherwise).
        SimpleDateFormat month = new SimpleDateFormat("yy/MM");
        month.setTimeZone(dates.getTimeZone());
        TickUnits units = new TickUnits();
        for (int apart : new int[] {1, 3, 6, 12}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, apart, month));
        }
        dates.setStandardTickUnits(units);
        dates.setAutoTickUnitSelection(true);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        PercentAxis.apply(axis, messages.locale());
    }

    JFreeChart chart() {
        return chart;
    }

    /** One point per month, at the last day it covers: the shares (0–1) of the base and of respondents. */
    void show(List<TrendPoint> points) {
        base.clear();
        respondents.clear();
        chart.getLegend().setVisible(true);
        EmptyPlot.showAxes(chart);
        for (TrendPoint p : points) {
            LocalDate d = p.lastDay();
            Day day = new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            base.add(day, p.shareOfBase());
            respondents.add(day, p.shareOfRespondents());
        }
    }

    /** Shows nothing: its card says why. */
    void clear() {
        base.clear();
        respondents.clear();
        chart.getLegend().setVisible(false);
        EmptyPlot.hideAxes(chart);
    }
}
