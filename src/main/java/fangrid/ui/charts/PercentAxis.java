package fangrid.ui.charts;

import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.data.RangeType;

/**
 * A value axis of shares (0–1) read as whole percents. Left to itself JFreeChart spreads an all-zero or tiny series
 * over a range like −0.01…0.01 and labels ticks 0.5 % apart with a whole-percent format: "0% 0% 0% -0% -0%".
 * Here a share axis starts at 0, spans at least {@value #MINIMUM_SPAN_PERCENT} %, and its ticks are whole percents
 * apart, so that no two read alike.
 */
final class PercentAxis {
    private static final int MINIMUM_SPAN_PERCENT = 5;
    private static final double[] STEPS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1};

    private PercentAxis() {
    }

    static void apply(NumberAxis axis, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        TickUnits units = new TickUnits();
        for (double step : STEPS) {
            units.add(new NumberTickUnit(step, percent));
        }
        axis.setStandardTickUnits(units);
        axis.setRangeType(RangeType.POSITIVE);
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(MINIMUM_SPAN_PERCENT / 100.0);
    }
}
