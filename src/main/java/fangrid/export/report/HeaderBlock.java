package fangrid.export.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The report's head: the project, the analysis date and window, how many people, and notes such as the filters in
 * force (each view's, or that there are none) and demo mode.
 *
 * @param notes one line each, e.g. {@code 絞り込み中: R × F グリッド: R1F1 + R1F2}
 */
public record HeaderBlock(String project, LocalDate asOf, int windowMonths, int people, List<String> notes)
        implements ReportBlock {
    private static final float TITLE = 18;
    private static final float LINE = 13;

    @Override
    public float height(ReportCanvas canvas, float width) {
        return TITLE + 8 + LINE * (1 + notes.size());
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.text(c.fit(t.format("report.title", project), TITLE, width), x, top, TITLE, ReportCanvas.INK);
        float y = top + TITLE + 8;
        String window = windowMonths == 0 ? t.get("report.window.all") : t.format("report.window.months", windowMonths);
        String date = asOf == null ? t.get("report.asOf.none") : asOf.toString();
        c.text(t.format("report.asOf", date, window, t.count(people)), x, y, 9.5f, ReportCanvas.INK);
        y += LINE;
        for (String note : notes) {
            c.text(c.fit(note, 9.5f, width), x, y, 9.5f, ReportCanvas.INK);
            y += LINE;
        }
        c.line(x, top + height(c, width) - 2, x + width, top + height(c, width) - 2, ReportCanvas.INK, 0.8f);
    }
}
