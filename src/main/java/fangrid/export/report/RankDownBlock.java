package fangrid.export.report;

import java.io.IOException;

/**
 * The rank-down list's size and value: repeat customers past their own purchase interval, those who cross it this
 * week, and what they stand to be worth (their predicted net sales over the coming months).
 *
 * @param valueAtRisk the at-risk customers' predicted net sales over {@code months} months
 */
public record RankDownBlock(int atRisk, int crossingThisWeek, double valueAtRisk, int months) implements ReportBlock {
    private static final float LINE = 13;

    @Override
    public float height(ReportCanvas canvas, float width) throws IOException {
        return ReportCanvas.TITLE_HEIGHT + 2 * LINE
                + canvas.wrap(canvas.words().get("report.rankDown.action"), 7.5f, width).size() * 10;
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("group.rankDown"), x, top, width);
        float y = top + ReportCanvas.TITLE_HEIGHT;
        c.text(c.fit(t.format("report.rankDown.people", t.count(atRisk), t.count(crossingThisWeek)), 9, width), x, y, 9,
                ReportCanvas.INK);
        y += LINE;
        c.text(c.fit(t.format("report.rankDown.value", months, t.money(valueAtRisk)), 9, width), x, y, 9,
                ReportCanvas.DOWN);
        y += LINE;
        c.paragraph(t.get("report.rankDown.action"), x, y, 7.5f, 10, width, ReportCanvas.MUTED);
    }
}
