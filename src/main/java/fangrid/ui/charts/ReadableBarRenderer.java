package fangrid.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Vertical bars whose value labels can always be read. JFreeChart puts each label above its bar whatever the room:
 * on a small chart the tallest bar's label is clipped at the top of the plot, and narrow bars' labels run into each
 * other ("7.6%2%"). Here the labels are placed once every bar is drawn (so no bar paints over one), the largest
 * value first: above the bar, else inside its top, else beside its top; always within the plot, never over another
 * label or bar. A label with no such place is left out; the bar's tooltip still gives the value.
 */
final class ReadableBarRenderer extends BarRenderer {
    private static final double GAP = 2;
    private static final Paint ON_BAR = Color.WHITE;

    private record Label(String text, double value, Rectangle2D bar, Font font, Paint paint) {
    }

    private final List<Label> labels = new ArrayList<>();
    private final List<Rectangle2D> bars = new ArrayList<>();
    private Rectangle2D plotArea;
    private boolean labelled;

    @Override
    public int getPassCount() {
        return 2;
    }

    @Override
    public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot,
                                                int rendererIndex, PlotRenderingInfo info) {
        labels.clear();
        bars.clear();
        plotArea = dataArea;
        labelled = false;
        return super.initialise(g2, dataArea, plot, rendererIndex, info);
    }

    /** Pass 0 draws the bars and notes their labels; pass 1 places the labels, once. */
    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (pass == 0) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        } else if (!labelled) {
            labelled = true;
            drawLabels(g2);
        }
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        bars.add(bar);
        String text = generator.generateLabel(data, row, column);
        if (text != null) {
            labels.add(new Label(text, data.getValue(row, column).doubleValue(), bar, getItemLabelFont(row, column),
                    getItemLabelPaint(row, column)));
        }
    }

    private void drawLabels(Graphics2D g2) {
        labels.sort(Comparator.comparingDouble(Label::value).reversed());
        List<Rectangle2D> taken = new ArrayList<>();
        for (Label l : labels) {
            g2.setFont(l.font());
            Rectangle2D size = TextUtils.calcAlignedStringBounds(l.text(), g2, 0, 0, TextAnchor.TOP_LEFT);
            Rectangle2D bar = l.bar();
            double w = size.getWidth();
            double h = size.getHeight();
            Rectangle2D above = intoPlot(
                    new Rectangle2D.Double(bar.getCenterX() - w / 2, bar.getMinY() - GAP - h, w, h));
            Rectangle2D inside = new Rectangle2D.Double(bar.getCenterX() - w / 2, bar.getMinY() + GAP, w, h);
            Rectangle2D right = new Rectangle2D.Double(bar.getMaxX() + GAP, bar.getMinY(), w, h);
            Rectangle2D left = new Rectangle2D.Double(bar.getMinX() - GAP - w, bar.getMinY(), w, h);
            Rectangle2D box = null;
            Paint paint = l.paint();
            if (free(above, taken)) {
                box = above;
            } else if (bar.contains(inside) && !overlaps(inside, taken)) {
                box = inside;
                paint = ON_BAR;
            } else if (free(right, taken)) {
                box = right;
            } else if (free(left, taken)) {
                box = left;
            }
            if (box != null) {
                g2.setPaint(paint);
                TextUtils.drawAlignedString(l.text(), g2, (float) (box.getX() - size.getX()),
                        (float) (box.getY() - size.getY()), TextAnchor.TOP_LEFT);
                taken.add(box);
            }
        }
    }

    /** The box moved sideways into the plot, if it sticks out left or right. */
    private Rectangle2D intoPlot(Rectangle2D box) {
        double dx = Math.max(0, plotArea.getMinX() - box.getMinX()) - Math.max(0, box.getMaxX() - plotArea.getMaxX());
        return new Rectangle2D.Double(box.getX() + dx, box.getY(), box.getWidth(), box.getHeight());
    }

    /** Within the plot and clear of every bar and of the labels already placed. */
    private boolean free(Rectangle2D box, List<Rectangle2D> taken) {
        return plotArea.contains(box) && !overlaps(box, bars) && !overlaps(box, taken);
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D> others) {
        return others.stream().anyMatch(box::intersects);
    }
}
