package fangrid.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.DecileSummary;
import fangrid.analysis.FirstCategorySummary;
import fangrid.analysis.MatrixSummary;
import fangrid.analysis.TrendPoint;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The charts drawn at the sizes they get (a card of the 1024- and the 1366-wide window, the saved PNG), on small
 * and empty groups: what they draw is read back as strings with their boxes, not guessed from pixels.
 */
@ExtendWith(ApplicationExtension.class)
class SmallChartsTest {
    /** Width and height of a card at the narrowest window, of a card at 1366 × 768, and of the PNG. */
    private static final int[][] SIZES = {{200, 150}, {270, 190}, {ChartCard.PNG_WIDTH, ChartCard.PNG_HEIGHT}};

    private final Messages messages = new Messages(Locale.JAPANESE);
    private ChartStyler styler;

    @BeforeEach
    void styler() {
        styler = new ChartStyler();
    }

    private static String size(int[] s) {
        return s[0] + "×" + s[1];
    }

    /** The sample shop's deciles: a few large shares, then a run of small ones side by side. */
    private static DecileSummary sampleDeciles() {
        return new DecileSummary(new int[] {30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
                new double[] {435, 207, 121, 82, 52, 41, 30, 12, 10, 10});
    }

    private static List<TrendPoint> months(int... firstCategory) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < firstCategory.length; i++) {
            points.add(new TrendPoint(LocalDate.of(2025, 1, 1).plusMonths(i), firstCategory[i], 3_000, 1_500));
        }
        return points;
    }

    private static void assertDistinctNonNegativePercents(ChartDrawing d, String what) {
        List<String> ticks = d.leftTickLabels();
        assertTrue(ticks.size() >= 2, what + ": an axis with ticks " + ticks);
        assertEquals(ticks.size(), new HashSet<>(ticks).size(), what + ": every tick reads differently " + ticks);
        for (String t : ticks) {
            assertTrue(t.endsWith("%"), what + ": " + ticks);
            assertFalse(t.startsWith("-") || t.startsWith("−"), what + ": no share is negative " + ticks);
        }
    }

    @Test
    void percentAxesOfZeroOrTinySharesReadAsDistinctPercentsNeverNegative() {
        for (int[] s : SIZES) {
            ShareChart share = new ShareChart(messages, styler);
            share.show(new FirstCategorySummary(1, 2_000, 1_500, 0, 0), new FirstCategorySummary(0, 40, 12, 0, 0), 40);
            assertDistinctNonNegativePercents(ChartDrawing.of(share.chart(), s[0], s[1]), "tiny shares " + size(s));

            TrendChart zero = new TrendChart(messages, styler);
            zero.show(months(0, 0, 0, 0, 0, 0));
            assertDistinctNonNegativePercents(ChartDrawing.of(zero.chart(), s[0], s[1]), "a flat zero trend " + size(s));

            TrendChart tiny = new TrendChart(messages, styler);
            tiny.show(months(0, 0, 1, 1, 2, 3));
            assertDistinctNonNegativePercents(ChartDrawing.of(tiny.chart(), s[0], s[1]), "a tiny trend " + size(s));

            DecileChart deciles = new DecileChart(messages, styler);
            deciles.show(sampleDeciles());
            assertDistinctNonNegativePercents(ChartDrawing.of(deciles.chart(), s[0], s[1]), "deciles " + size(s));
        }
    }

    /** The bar labels drawn: on the plot, ending in %. */
    private static List<TextRecorder.Drawn> barLabels(ChartDrawing d) {
        return d.onPlot().stream().filter(l -> l.text().endsWith("%")).toList();
    }

    private static void assertReadable(ChartDrawing d, List<TextRecorder.Drawn> labels, String what) {
        for (int i = 0; i < labels.size(); i++) {
            TextRecorder.Drawn a = labels.get(i);
            assertTrue(d.dataArea().contains(a.bounds()),
                    what + ": '" + a.text() + "' " + a.bounds() + " lies within the plot " + d.dataArea());
            for (int j = i + 1; j < labels.size(); j++) {
                TextRecorder.Drawn b = labels.get(j);
                assertFalse(a.bounds().intersects(b.bounds()), what + ": '" + a.text() + "' and '" + b.text()
                        + "' drawn over each other");
            }
        }
    }

    @Test
    void decileLabelsNeverOverlapNorLeaveThePlotAndTheSavedPngLabelsEveryShareOfOnePercentOrMore() {
        for (int[] s : SIZES) {
            DecileChart chart = new DecileChart(messages, styler);
            chart.show(sampleDeciles());
            ChartDrawing d = ChartDrawing.of(chart.chart(), s[0], s[1]);
            List<TextRecorder.Drawn> labels = barLabels(d);
            assertReadable(d, labels, "deciles " + size(s));
            assertTrue(labels.stream().anyMatch(l -> l.text().equals("43.5%")), "the largest share is labelled "
                    + labels);
            if (s[0] == ChartCard.PNG_WIDTH) {
                assertEquals(10, labels.size(), "room for all ten shares: " + labels);
            }
        }
    }

    @Test
    void aShareNearTheTopOfItsAxisKeepsItsWholeLabel() {
        for (int[] s : SIZES) {
            ShareChart chart = new ShareChart(messages, styler);
            chart.show(new FirstCategorySummary(170, 3_600, 1_491, 0, 0), new FirstCategorySummary(137, 200, 150, 0, 0),
                    200);
            ChartDrawing d = ChartDrawing.of(chart.chart(), s[0], s[1]);
            List<TextRecorder.Drawn> labels = barLabels(d);
            assertReadable(d, labels, "shares " + size(s));
            assertTrue(labels.stream().anyMatch(l -> l.text().equals("68.5%")), "the group's share is labelled "
                    + labels);
        }
    }

    private static MatrixSummary sampleMatrix() {
        int[][] counts = new int[8][6];
        for (int fav = 0; fav <= 7; fav++) {
            for (int usage = 0; usage <= 5; usage++) {
                counts[fav][usage] = fav == 0 ? 400 - 60 * usage : 10 + 7 * fav + 3 * usage;
            }
        }
        return new MatrixSummary(3_600, 3_600, counts);
    }

    @Test
    void theHeatMapNamesItsNoAnswerColumnAndItsLabelsStayApart() {
        String noAnswer = messages.get("matrix.noAnswer");
        for (int[] s : SIZES) {
            MatrixHeatChart chart = new MatrixHeatChart(messages, styler);
            chart.show(sampleMatrix());
            ChartDrawing d = ChartDrawing.of(chart.chart(), s[0], s[1]);
            List<TextRecorder.Drawn> ticks = d.below().stream().filter(l -> l.bounds().getCenterX() < d.dataArea()
                    .getMaxX() && !l.text().equals(messages.get("charts.matrix.favorability"))).toList();
            List<String> texts = ticks.stream().map(TextRecorder.Drawn::text).toList();
            assertTrue(texts.contains(noAnswer), size(s) + ": '" + noAnswer + "' under the heat map " + ticks);
            for (int i = 0; i < ticks.size(); i++) {
                for (int j = i + 1; j < ticks.size(); j++) {
                    assertFalse(ticks.get(i).bounds().intersects(ticks.get(j).bounds()), size(s) + ": '"
                            + ticks.get(i).text() + "' and '" + ticks.get(j).text() + "' drawn over each other");
                }
            }
            if (s[0] >= 270) {
                assertEquals(List.of("7", "6", "5", "4", "3", "2", "1", noAnswer), texts, size(s) + ": every column named");
            }
        }
    }

    private static void assertApart(List<TextRecorder.Drawn> labels, String what) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).bounds().intersects(labels.get(j).bounds()), what + ": '"
                        + labels.get(i).text() + "' and '" + labels.get(j).text() + "' run into each other");
            }
        }
    }

    @Test
    void theDecilesAndMonthsAlongTheBottomNeverRunIntoEachOther() {
        for (int[] s : SIZES) {
            DecileChart deciles = new DecileChart(messages, styler);
            deciles.show(sampleDeciles());
            ChartDrawing d = ChartDrawing.of(deciles.chart(), s[0], s[1]);
            List<TextRecorder.Drawn> names = d.below();
            assertTrue(names.size() >= 5, size(s) + ": deciles named " + names);
            assertApart(names, "deciles " + size(s));
            assertTrue(names.stream().allMatch(l -> l.text().startsWith("D"))
                    || names.stream().noneMatch(l -> l.text().startsWith("D")), size(s) + ": named alike " + names);

            TrendChart trend = new TrendChart(messages, styler);
            trend.show(months(0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89));
            ChartDrawing t = ChartDrawing.of(trend.chart(), s[0], s[1]);
            List<TextRecorder.Drawn> months = t.below().stream().filter(l -> l.text().contains("/")).toList();
            assertTrue(months.size() >= 2, size(s) + ": months named " + months);
            assertApart(months, "months " + size(s));
        }
    }

    @Test
    void aChartClearedForWantOfDataDrawsNeitherZerosNorAnAxis() {
        for (int[] s : SIZES) {
            ShareChart share = new ShareChart(messages, styler);
            share.show(new FirstCategorySummary(0, 3_600, 0, 0, 0), null, 3_600);
            share.clear();
            TrendChart trend = new TrendChart(messages, styler);
            trend.show(months(0, 0, 0));
            trend.clear();
            MatrixHeatChart heat = new MatrixHeatChart(messages, styler);
            heat.show(sampleMatrix());
            heat.clear();
            DecileChart deciles = new DecileChart(messages, styler);
            deciles.show(sampleDeciles());
            deciles.clear();
            for (JFreeChart chart : List.of(share.chart(), trend.chart(), heat.chart(), deciles.chart())) {
                ChartDrawing d = ChartDrawing.of(chart, s[0], s[1]);
                assertTrue(d.strings().isEmpty(), size(s) + ": nothing written on an empty chart " + d.strings());
            }
        }
    }
}
