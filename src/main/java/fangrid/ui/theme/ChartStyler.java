package fangrid.ui.theme;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/** Gives every JFreeChart the app's Japanese font and palette, so that charts match the views. */
public final class ChartStyler {
    public static final Color ACCENT = new Color(0xD9, 0x4F, 0x2B);
    public static final Color MUTED = new Color(0x8A, 0x9B, 0xB0);

    /** Made for the first chart: until then neither JFreeChart nor AWT's fonts are loaded (a start shows no chart). */
    private StandardChartTheme theme;

    private synchronized StandardChartTheme theme() {
        if (theme == null) {
            Theme.loadChartFont();
            theme = new StandardChartTheme("FanGrid");
            theme.setExtraLargeFont(new Font(Theme.FONT_FAMILY, Font.BOLD, 18));
            theme.setLargeFont(new Font(Theme.FONT_FAMILY, Font.BOLD, 14));
            theme.setRegularFont(new Font(Theme.FONT_FAMILY, Font.PLAIN, 12));
            theme.setSmallFont(new Font(Theme.FONT_FAMILY, Font.PLAIN, 10));
            theme.setChartBackgroundPaint(Color.WHITE);
            theme.setPlotBackgroundPaint(Color.WHITE);
            theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        }
        return theme;
    }

    /** The font of a chart's title, for a chart saved on its own (on screen its card carries the title). */
    public Font titleFont() {
        return theme().getExtraLargeFont();
    }

    /** Applies the app's fonts and palette to {@code chart}, and returns it. */
    public JFreeChart style(JFreeChart chart) {
        theme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
