package fangrid.export.report;

import fangrid.analysis.FirstCategorySummary;
import fangrid.analysis.TrendPoint;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The headline KPI: the first category's share of the whole base, its change against the previous month (green up,
 * red down, as the window colours it), the same share among survey respondents, who is one step away, and the
 * monthly trend as a small line.
 *
 * @param trend the share at monthly dates up to the analysis date, oldest first (the last is the analysis date's)
 */
public record HeadlineBlock(FirstCategorySummary kpi, List<TrendPoint> trend) implements ReportBlock {
    private static final float BIG = 28;
    private static final float SMALL = 8.5f;
    private static final float LEADING = 11.5f;
    private static final float SPARK = 34;

    @Override
    public float height(ReportCanvas c, float width) throws IOException {
        return ReportCanvas.TITLE_HEIGHT + BIG + 8 + notesHeight(c, width) + (trend.size() > 1 ? SPARK + 26 : 0);
    }

    private float notesHeight(ReportCanvas c, float width) throws IOException {
        float h = 0;
        for (String note : notes(c.words())) {
            h += c.wrap(note, SMALL, width).size() * LEADING;
        }
        return h;
    }

    private List<String> notes(ReportText t) {
        if (kpi.respondents() == 0) {
            return List.of(t.get("headline.definition"), t.format("headline.needsSurvey.detail", t.count(kpi.base())));
        }
        return List.of(t.get("headline.definition"),
                t.format("headline.people", t.count(kpi.firstCategory()), t.count(kpi.base())),
                t.format("headline.respondents", t.percent(kpi.shareOfRespondents()), t.count(kpi.respondents())),
                t.format("headline.oneStep", t.count(kpi.oneStepUsage()), t.count(kpi.oneStepLiking())));
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("headline.title"), x, top, width);
        float y = top + ReportCanvas.TITLE_HEIGHT;
        Double change = change();
        Color colour = change == null || Math.abs(change) < 0.0005 ? ReportCanvas.INK
                : change > 0 ? ReportCanvas.UP : ReportCanvas.DOWN;
        String share = t.percent(kpi.shareOfBase());
        c.text(share, x, y, BIG, colour);
        String changeText = change == null ? t.get("report.headline.noPrevious")
                : t.format("report.headline.change", t.points(change));
        c.text(changeText, x + c.width(share, BIG) + 10, y + BIG - 13, 10, colour);
        y += BIG + 8;
        for (String note : notes(t)) {
            y += c.paragraph(note, x, y, SMALL, LEADING, width, ReportCanvas.MUTED);
        }
        if (trend.size() > 1) {
            drawTrend(c, x, y + 4, width);
        }
    }

    /** The share's change since the state at the previous month's end, or null without an earlier point. */
    private Double change() {
        if (trend.size() < 2) {
            return null;
        }
        return trend.get(trend.size() - 1).shareOfBase() - trend.get(trend.size() - 2).shareOfBase();
    }

    private void drawTrend(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.text(t.format("report.headline.trend", trend.size()), x, top, 7.5f, ReportCanvas.MUTED);
        float chartTop = top + 11;
        double max = 0;
        for (TrendPoint p : trend) {
            max = Math.max(max, p.shareOfBase());
        }
        double scale = max == 0 ? 0 : (SPARK - 4) / max;
        float step = (width - 60) / (trend.size() - 1);
        c.line(x, chartTop + SPARK, x + width - 60, chartTop + SPARK, ReportCanvas.RULE, 0.6f);
        for (int k = 1; k < trend.size(); k++) {
            float y0 = (float) (chartTop + SPARK - trend.get(k - 1).shareOfBase() * scale);
            float y1 = (float) (chartTop + SPARK - trend.get(k).shareOfBase() * scale);
            c.line(x + (k - 1) * step, y0, x + k * step, y1, ReportCanvas.ACTIVITY[4], 1.4f);
        }
        TrendPoint first = trend.get(0);
        TrendPoint last = trend.get(trend.size() - 1);
        c.text(first.lastDay().toString().substring(0, 7), x, chartTop + SPARK + 2, 6.5f, ReportCanvas.MUTED);
        c.textRight(last.lastDay().toString(), x + width - 60, chartTop + SPARK + 2, 6.5f, ReportCanvas.MUTED);
        c.text(t.percent(last.shareOfBase()), x + width - 54, (float) (chartTop + SPARK - last.shareOfBase() * scale) - 4,
                8, ReportCanvas.INK);
    }
}
