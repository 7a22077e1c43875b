package fangrid.ui.charts;

import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * A chart's text (axes, ticks, item labels, legends) growing with its card's title, so that a zoomed window or a
 * presentation slide shows charts at the same larger type as the rest: JFreeChart draws AWT fonts of fixed sizes,
 * which the style sheet does not reach.
 */
final class ChartFonts {
    /** The card title's size at 100 % zoom (the style sheet's {@code .chart-title}). */
    private static final double NORMAL_TITLE = 12;

    /** One font of the chart: its size at 100 % and how to set it. */
    private record Scaled(Font normal, Consumer<Font> set) {
    }

    /** Writing a file, which may fail. */
    @FunctionalInterface
    interface Save {
        void run() throws IOException;
    }

    private final List<Scaled> fonts = new ArrayList<>();
    private final JFreeChart chart;
    private double factor = 1;

    private ChartFonts(JFreeChart chart) {
        this.chart = chart;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i));
        }
        plot(chart.getPlot());
    }

    /** Keeps {@code chart}'s fonts in the proportion {@code heading}'s font has to its size at 100 %. */
    static ChartFonts follow(JFreeChart chart, Labeled heading) {
        ChartFonts f = new ChartFonts(chart);
        f.scale(heading.getFont().getSize() / NORMAL_TITLE);
        heading.fontProperty().addListener((o, old, font) -> f.scale(font.getSize() / NORMAL_TITLE));
        return f;
    }

    /** Runs {@code save} with the chart's fonts at their 100 % sizes (a PNG has sizes of its own), then restores. */
    void atNormalSize(Save save) throws IOException {
        double now = factor;
        scale(1);
        try {
            save.run();
        } finally {
            scale(now);
        }
    }

    private void scale(double k) {
        if (k <= 0 || k == factor) {
            return;
        }
        factor = k;
        // One redraw for all the fonts, not one per font.
        chart.setNotify(false);
        try {
            for (Scaled s : fonts) {
                s.set().accept(s.normal().deriveFont((float) (s.normal().getSize2D() * k)));
            }
        } finally {
            chart.setNotify(true);
        }
    }

    private void add(Font normal, Consumer<Font> set) {
        if (normal != null) {
            fonts.add(new Scaled(normal, set));
        }
    }

    private void title(Title t) {
        if (t instanceof LegendTitle legend) {
            add(legend.getItemFont(), legend::setItemFont);
        } else if (t instanceof PaintScaleLegend scale) {
            axis(scale.getAxis());
        } else if (t instanceof TextTitle text) {
            add(text.getFont(), text::setFont);
        }
    }

    private void axis(Axis a) {
        if (a != null) {
            add(a.getLabelFont(), a::setLabelFont);
            add(a.getTickLabelFont(), a::setTickLabelFont);
        }
    }

    private void plot(Plot plot) {
        add(plot.getNoDataMessageFont(), plot::setNoDataMessageFont);
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                CategoryItemRenderer r = p.getRenderer(i);
                if (r != null) {
                    add(r.getDefaultItemLabelFont(), r::setDefaultItemLabelFont);
                }
            }
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                XYItemRenderer r = p.getRenderer(i);
                if (r != null) {
                    add(r.getDefaultItemLabelFont(), r::setDefaultItemLabelFont);
                }
            }
        }
    }
}
