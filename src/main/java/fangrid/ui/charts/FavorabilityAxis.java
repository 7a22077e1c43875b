package fangrid.ui.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The heat map's favorability axis, whose last symbol is the wide "no answer". JFreeChart keeps labels from the
 * left and drops one that would touch the label before it, so on a small chart "no answer" was the one dropped.
 * Here labels are kept from the right: "no answer" always, then each number that stays clear of the labels kept.
 */
final class FavorabilityAxis extends SymbolAxis {
    private static final double GAP = 3;

    FavorabilityAxis(String label, String[] symbols) {
        super(label, symbols);
        setGridBandsVisible(false);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        g2.setFont(getTickLabelFont());
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        String[] symbols = getSymbols();
        List<NumberTick> ticks = new ArrayList<>();
        double leftOfKept = Double.POSITIVE_INFINITY;
        for (int i = symbols.length - 1; i >= 0; i--) {
            if (!getRange().contains(i)) {
                continue;
            }
            double x = valueToJava2D(i, dataArea, edge);
            double half = TextUtils.getTextBounds(symbols[i], g2, g2.getFontMetrics()).getWidth() / 2;
            String text = "";
            if (!symbols[i].isEmpty() && x + half + GAP <= leftOfKept) {
                text = symbols[i];
                leftOfKept = x - half;
            }
            ticks.add(0, new NumberTick(i, text, anchor, anchor, 0.0));
        }
        return ticks;
    }
}
