package fangrid.export.report;

import fangrid.analysis.DecileSummary;
import java.io.IOException;

/**
 * The deciles: each tenth of the buyers by net sales (D1 the top tenth), its share of net sales as a bar, and its
 * net sales.
 *
 * @param filter the charts view's filter as the window names it, or null when it shows everyone
 */
public record DecileBlock(DecileSummary deciles, String filter) implements ReportBlock {
    private static final float ROW = 12.5f;
    private static final float LABEL = 24;
    private static final float FIGURES = 92;

    @Override
    public float height(ReportCanvas canvas, float width) {
        return ReportCanvas.titleHeight(filter) + 10 * ROW;
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("charts.deciles.title"), filter, x, top, width);
        float y = top + ReportCanvas.titleHeight(filter);
        double max = 0;
        for (int d = 1; d <= 10; d++) {
            max = Math.max(max, deciles.shareOfSales(d));
        }
        float barSpace = width - LABEL - FIGURES;
        for (int d = 1; d <= 10; d++) {
            float rowTop = y + (d - 1) * ROW;
            double share = deciles.shareOfSales(d);
            c.text("D" + d, x, rowTop + 1.5f, 7.5f, ReportCanvas.MUTED);
            float bar = max == 0 ? 0 : (float) (share / max) * barSpace;
            c.fill(x + LABEL, rowTop + 1, Math.max(bar, 0.5f), ROW - 3.5f, ReportCanvas.ACTIVITY[4]);
            c.textRight(t.percent(share), x + LABEL + barSpace + 36, rowTop + 1.5f, 7.5f, ReportCanvas.INK);
            c.textRight(t.money(deciles.sales()[d - 1]), x + width, rowTop + 1.5f, 7.5f, ReportCanvas.MUTED);
        }
    }
}
