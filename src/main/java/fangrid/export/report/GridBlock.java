package fangrid.export.report;

import fangrid.analysis.GridSummary;
import fangrid.domain.ActivityMapping;
import fangrid.domain.GridCell;
import fangrid.domain.GridThresholds;
import java.io.IOException;

/**
 * The R × F grid: per cell customers, their share of the base (or of the filtered group), net sales and share of
 * sales, each cell marked in its communication activity's colour, with the activities as a legend.
 *
 * @param filter the grid view's filter as the window names it, or null when it shows everyone
 */
public record GridBlock(GridSummary grid, GridThresholds thresholds, ActivityMapping activities, String filter)
        implements ReportBlock {
    private static final float HEAD = 14;
    private static final float ROW_LABEL = 50;
    private static final float CELL = 46;
    private static final float LEGEND = 11;

    @Override
    public float height(ReportCanvas canvas, float width) {
        return ReportCanvas.titleHeight(filter) + HEAD + 3 * CELL + 6 + 4 * LEGEND;
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("grid.title"), filter, x, top, width);
        float y = top + ReportCanvas.titleHeight(filter);
        float cellWidth = (width - ROW_LABEL) / 3;
        for (int f = 1; f <= 3; f++) {
            c.textCentered(c.fit(t.get("grid.column.f" + f), 7.5f, cellWidth - 2), x + ROW_LABEL + (f - 0.5f) * cellWidth,
                    y, 7.5f, ReportCanvas.MUTED);
        }
        y += HEAD;
        String[] rows = {t.format("grid.row.r1", thresholds.r1MaxDays()),
                t.format("grid.row.r2", thresholds.r1MaxDays() + 1, thresholds.r2MaxDays()),
                t.format("grid.row.r3", thresholds.r2MaxDays())};
        for (int r = 1; r <= 3; r++) {
            float rowTop = y + (r - 1) * CELL;
            c.paragraph(rows[r - 1], x, rowTop + 14, 7, 9, ROW_LABEL - 3, ReportCanvas.MUTED);
            for (int f = 1; f <= 3; f++) {
                drawCell(c, t, new GridCell(r, f), x + ROW_LABEL + (f - 1) * cellWidth, rowTop, cellWidth);
            }
        }
        drawLegend(c, t, x, y + 3 * CELL + 6, width);
    }

    private void drawCell(ReportCanvas c, ReportText t, GridCell cell, float x, float top, float w) throws IOException {
        float inner = w - 3;
        c.frame(x, top, inner, CELL - 3, ReportCanvas.RULE, 0.5f);
        c.fill(x, top, 3, CELL - 3, ReportCanvas.ACTIVITY[activities.activityOf(cell).number()]);
        float left = x + 5;
        c.text(cell.toString(), left, top + 3, 6.5f, ReportCanvas.MUTED);
        c.textRight(t.count(grid.customers(cell)), x + inner - 3, top + 3, 11, ReportCanvas.INK);
        double share = filter == null ? grid.shareOfBase(cell) : grid.shareOfGroup(cell);
        String shareText = t.format(filter == null ? "grid.cell.base" : "grid.cell.group", t.percent(share));
        c.text(c.fit(shareText, 6.5f, inner - 7), left, top + 17, 6.5f, ReportCanvas.INK);
        c.text(c.fit(t.money(grid.sales(cell)), 6.5f, inner - 7), left, top + 26, 6.5f, ReportCanvas.INK);
        c.text(c.fit(t.format("report.grid.salesShare", t.percent(grid.shareOfSales(cell))), 6.5f, inner - 7), left,
                top + 35, 6.5f, ReportCanvas.MUTED);
    }

    private void drawLegend(ReportCanvas c, ReportText t, float x, float top, float width) throws IOException {
        for (int a = 1; a <= 4; a++) {
            float y = top + (a - 1) * LEGEND;
            c.fill(x, y + 1.5f, 7, 7, ReportCanvas.ACTIVITY[a]);
            c.text(c.fit(a + " " + t.get("activity." + a), 7.5f, width - 12), x + 11, y + 1, 7.5f, ReportCanvas.INK);
        }
    }
}
