package fangrid.export.report;

import fangrid.analysis.MatrixSummary;
import java.awt.Color;
import java.io.IOException;

/**
 * The favorability × usage matrix: people per cell (favorability 7 at the top down to no answer, usage 0–5 left to
 * right), shaded by their share, the first category (usage 5 × favorability 6–7) framed.
 *
 * @param filter the matrix view's filter as the window names it, or null when it shows everyone
 */
public record MatrixBlock(MatrixSummary matrix, String filter) implements ReportBlock {
    private static final float HEAD = 13;
    private static final float ROW_LABEL = 44;
    private static final float ROW = 15;
    private static final Color HEAT = new Color(0x3b, 0x6f, 0xd1);

    @Override
    public float height(ReportCanvas canvas, float width) {
        return ReportCanvas.titleHeight(filter) + HEAD + 8 * ROW + 14;
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("matrix.title"), filter, x, top, width);
        float y = top + ReportCanvas.titleHeight(filter);
        float cw = (width - ROW_LABEL) / 6;
        for (int u = 0; u <= 5; u++) {
            c.textCentered(t.format("report.matrix.usage", u), x + ROW_LABEL + (u + 0.5f) * cw, y, 7, ReportCanvas.MUTED);
        }
        y += HEAD;
        int max = 1;
        for (int[] row : matrix.counts()) {
            for (int n : row) {
                max = Math.max(max, n);
            }
        }
        for (int k = 0; k < 8; k++) {
            int fav = k < 7 ? 7 - k : 0;
            float rowTop = y + k * ROW;
            String label = fav == 0 ? t.get("matrix.noAnswer") : t.format("report.matrix.favorability", fav);
            c.text(c.fit(label, 7, ROW_LABEL - 3), x, rowTop + 4, 7, ReportCanvas.MUTED);
            for (int u = 0; u <= 5; u++) {
                int n = matrix.count(fav, u);
                float cx = x + ROW_LABEL + u * cw;
                float strength = (float) n / max;
                c.fill(cx, rowTop, cw - 1, ROW - 1, blend(strength));
                c.textCentered(t.count(n), cx + cw / 2, rowTop + 3.5f, 7, strength > 0.55f ? Color.WHITE : ReportCanvas.INK);
            }
        }
        c.frame(x + ROW_LABEL + 5 * cw, y, cw - 1, 2 * ROW - 1, ReportCanvas.DOWN, 1.2f);
        c.text(c.fit(t.get("headline.definition"), 6.5f, width), x, y + 8 * ROW + 3, 6.5f, ReportCanvas.MUTED);
    }

    private static Color blend(float strength) {
        float s = 0.08f + 0.92f * strength;
        return new Color(mix(HEAT.getRed(), s), mix(HEAT.getGreen(), s), mix(HEAT.getBlue(), s));
    }

    private static int mix(int channel, float s) {
        return Math.round(255 - (255 - channel) * s);
    }
}
