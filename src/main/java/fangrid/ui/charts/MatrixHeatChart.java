package fangrid.ui.charts;

import fangrid.analysis.MatrixSummary;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The favorability × usage matrix as a heat map: favorability 7 … 1 and, a column apart (it is no step of the
 * scale), no answer across; usage 0 … 5 up.
 */
final class MatrixHeatChart {
    /** Favorability 7 … 1, a gap and no answer. */
    private static final int COLUMNS = 9;
    private static final int NO_ANSWER_COLUMN = COLUMNS - 1;
    private static final int GAP_COLUMN = COLUMNS - 2;
    private static final int ROWS = 6;
    private static final Color LOW = new Color(0xF3, 0xF5, 0xF8);

    private final DefaultXYZDataset dataset = new DefaultXYZDataset();
    private final XYBlockRenderer renderer = new XYBlockRenderer();
    private final NumberAxis scaleAxis = new NumberAxis();
    private final PaintScaleLegend legend;
    private final JFreeChart chart;
    private final String series;

    MatrixHeatChart(Messages messages, ChartStyler styler) {
        series = messages.get("charts.matrix.series");
        String[] favorability = new String[COLUMNS];
        for (int col = 0; col < COLUMNS; col++) {
            favorability[col] = col == NO_ANSWER_COLUMN ? messages.get("matrix.noAnswer")
                    : col == GAP_COLUMN ? "" : Integer.toString(7 - col);
        }
        // Short tick labels: the full usage labels would take the whole width of a small chart.
        String[] usage = new String[ROWS];
        for (int u = 0; u < ROWS; u++) {
            usage[u] = Integer.toString(u);
        }
        SymbolAxis x = new FavorabilityAxis(messages.get("charts.matrix.favorability"), favorability);
        SymbolAxis y = new SymbolAxis(messages.get("charts.matrix.usage"), usage);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        styler.style(chart);
        scaleAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        legend = new PaintScaleLegend(scale(1), scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        // A narrow scale and small tick labels leave the columns room to be named on a small card.
        legend.setStripWidth(8);
        scaleAxis.setTickLabelFont(scaleAxis.getTickLabelFont().deriveFont(9f));
        x.setTickLabelFont(x.getTickLabelFont().deriveFont(10f));
        y.setTickLabelFont(y.getTickLabelFont().deriveFont(10f));
        chart.addSubtitle(legend);
    }

    JFreeChart chart() {
        return chart;
    }

    void show(MatrixSummary m) {
        int n = (COLUMNS - 1) * ROWS;
        double[][] data = new double[3][n];
        int max = 1;
        for (int col = 0, k = 0; col < COLUMNS; col++) {
            if (col == GAP_COLUMN) {
                continue;
            }
            int fav = col == NO_ANSWER_COLUMN ? 0 : 7 - col;
            for (int u = 0; u < ROWS; u++, k++) {
                data[0][k] = col;
                data[1][k] = u;
                data[2][k] = m.count(fav, u);
                max = Math.max(max, m.count(fav, u));
            }
        }
        LookupPaintScale scale = scale(max);
        renderer.setPaintScale(scale);
        legend.setScale(scale);
        scaleAxis.setRange(0, max);
        dataset.removeSeries(series);
        dataset.addSeries(series, data);
        legend.setVisible(true);
        EmptyPlot.showAxes(chart);
    }

    /** Shows nothing: its card says why. */
    void clear() {
        dataset.removeSeries(series);
        legend.setVisible(false);
        EmptyPlot.hideAxes(chart);
    }

    /** Five steps from pale grey to the accent, as the grid's heat classes. */
    private static LookupPaintScale scale(int max) {
        LookupPaintScale s = new LookupPaintScale(0, max + 1, LOW);
        Color[] steps = {LOW, new Color(0xFA, 0xD9, 0xCF), new Color(0xF6, 0xBF, 0xAE), new Color(0xF1, 0xA5, 0x8D),
            new Color(0xEC, 0x8B, 0x6D), ChartStyler.ACCENT};
        for (int i = 0; i < steps.length; i++) {
            s.add(i == 0 ? 0 : 1 + (max - 1) * (i - 1) / (double) (steps.length - 1), steps[i]);
        }
        return s;
    }
}
