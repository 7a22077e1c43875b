package fangrid.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn at one size: the strings it drew with their boxes, and its plot's data area (what lies outside it
 * is clipped).
 */
record ChartDrawing(List<TextRecorder.Drawn> strings, Rectangle2D dataArea, BufferedImage image) {
    static ChartDrawing of(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<TextRecorder.Drawn> drawn = new ArrayList<>();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(new TextRecorder(g, drawn), new Rectangle2D.Double(0, 0, width, height), info);
        g.dispose();
        return new ChartDrawing(drawn, info.getPlotInfo().getDataArea(), image);
    }

    /** The value axis's tick labels: the strings drawn left of the plot. */
    List<String> leftTickLabels() {
        return strings.stream().filter(s -> s.bounds().getMaxX() <= dataArea.getMinX() && !s.text().isBlank())
                .map(TextRecorder.Drawn::text).toList();
    }

    /** The strings drawn on the plot itself (item labels, the no-data message). */
    List<TextRecorder.Drawn> onPlot() {
        return strings.stream().filter(s -> s.bounds().getCenterX() > dataArea.getMinX()
                && s.bounds().getCenterX() < dataArea.getMaxX() && s.bounds().getCenterY() > dataArea.getMinY()
                && s.bounds().getCenterY() < dataArea.getMaxY() && !s.text().isBlank()).toList();
    }

    /** The strings drawn below the plot (the domain axis's tick labels and label). */
    List<TextRecorder.Drawn> below() {
        return strings.stream().filter(s -> s.bounds().getMinY() >= dataArea.getMaxY() && !s.text().isBlank()).toList();
    }
}
