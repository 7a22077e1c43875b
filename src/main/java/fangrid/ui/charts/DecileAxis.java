package fangrid.ui.charts;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The deciles' axis, named D1 … D10 where there is room, 1 … 10 where not, and 1, 3, 5, 7, 9 on the narrowest
 * card: JFreeChart would print "D1D2D3…" run together. The widest label decides for all, so they read alike.
 */
final class DecileAxis extends CategoryAxis {
    private static final double GAP = 2;
    private static final String WIDEST = "D10";

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String name = category.toString();
        String number = name.substring(1);
        String text;
        if (fits(WIDEST, width, g2)) {
            text = name;
        } else if (fits(WIDEST.substring(1), width, g2)) {
            text = number;
        } else {
            text = Integer.parseInt(number) % 2 == 1 ? number : "";
        }
        return TextUtils.createTextBlock(text, getTickLabelFont(category), getTickLabelPaint(category));
    }

    private boolean fits(String text, float width, Graphics2D g2) {
        return g2.getFontMetrics(g2.getFont()).stringWidth(text) + GAP <= width;
    }
}
