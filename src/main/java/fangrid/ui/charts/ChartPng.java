package fangrid.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * A chart saved as a PNG to hand over or put on a slide: its title, a line naming the customers it shows, the
 * analysis date and the project, and a legend. Every size is drawn on the same 800-high page scaled up, so a 4K
 * picture has the layout of the small one at four times the sharpness rather than tiny labels.
 */
final class ChartPng {
    /** The sizes offered. */
    enum Size {
        SMALL(1200, 800), FULL_HD(1920, 1080), UHD(3840, 2160);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        /** How many pixels a point of the 800-high page takes. */
        double scale() {
            return height / (double) SMALL.height;
        }

        /** {@code 1920 × 1080}. */
        String label() {
            return width + " × " + height;
        }
    }

    /**
     * What a saved chart says about itself.
     *
     * @param title  the chart's title
     * @param detail the customers it shows, the analysis date and the project, in one line
     */
    record Caption(String title, String detail) {
    }

    private ChartPng() {
    }

    /** Writes {@code chart} with {@code caption} at {@code size} to {@code file}. */
    static void write(JFreeChart chart, Caption caption, Size size, Font titleFont, File file) throws IOException {
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(chart, caption, size, titleFont, g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file);
    }

    /**
     * Draws {@code chart} with its caption and a legend onto {@code g}, a canvas of {@code size}; the chart on screen
     * is left as it was.
     */
    static void draw(JFreeChart chart, Caption caption, Size size, Font titleFont, Graphics2D g) {
        List<Title> added = new ArrayList<>();
        TextTitle detail = new TextTitle(caption.detail(), titleFont.deriveFont(Font.PLAIN, titleFont.getSize2D() * 0.7f));
        detail.setPaint(new Color(0x3E, 0x4C, 0x59));
        detail.setPadding(new RectangleInsets(2, 8, 8, 8));
        chart.setTitle(new TextTitle(caption.title(), titleFont));
        chart.addSubtitle(0, detail);
        added.add(detail);
        if (!hasLegend(chart)) {
            LegendTitle legend = new LegendTitle(chart.getPlot());
            legend.setItemFont(titleFont.deriveFont(Font.PLAIN, titleFont.getSize2D() * 0.65f));
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
            added.add(legend);
        }
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width, size.height);
            double k = size.scale();
            g.scale(k, k);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width / k, size.height / k));
        } finally {
            chart.setTitle((TextTitle) null);
            added.forEach(chart::removeSubtitle);
        }
    }

    /** A visible legend of the series, or the heat map's colour scale. */
    private static boolean hasLegend(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t.isVisible() && (t instanceof LegendTitle || t instanceof PaintScaleLegend)) {
                return true;
            }
        }
        return false;
    }
}
