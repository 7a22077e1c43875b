package fangrid.export.report;

import java.io.IOException;

/**
 * What to do next: per communication activity, its colour, name and customers, and one line of recommended action.
 *
 * @param customers people per activity, indexed 1–4 (index 0 unused), as {@code Summary.activities()}
 */
public record ActionsBlock(int[] customers) implements ReportBlock {
    private static final float NAME = 8.5f;
    private static final float ACTION = 7.5f;
    private static final float LEADING = 10;
    private static final float INDENT = 11;

    @Override
    public float height(ReportCanvas c, float width) throws IOException {
        float h = ReportCanvas.TITLE_HEIGHT;
        for (int a = 1; a <= 4; a++) {
            h += nameLines(c, a, width) * LEADING + 2
                    + c.wrap(c.words().get("report.action." + a), ACTION, width - INDENT).size() * LEADING + 4;
        }
        return h;
    }

    private float nameWidth(ReportCanvas c, int a, float width) throws IOException {
        return width - INDENT - c.width(people(c.words(), a), NAME) - 6;
    }

    private int nameLines(ReportCanvas c, int a, float width) throws IOException {
        return c.wrap(c.words().get("activity." + a), NAME, nameWidth(c, a, width)).size();
    }

    private String people(ReportText t, int a) {
        return t.format("report.actions.people", t.count(customers[a]));
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("report.actions.title"), x, top, width);
        float y = top + ReportCanvas.TITLE_HEIGHT;
        for (int a = 1; a <= 4; a++) {
            c.fill(x, y + 1.5f, 7, 7, ReportCanvas.ACTIVITY[a]);
            c.textRight(people(t, a), x + width, y, NAME, ReportCanvas.INK);
            y += c.paragraph(t.get("activity." + a), x + INDENT, y, NAME, LEADING, nameWidth(c, a, width),
                    ReportCanvas.INK) + 2;
            y += c.paragraph(t.get("report.action." + a), x + INDENT, y, ACTION, LEADING, width - INDENT,
                    ReportCanvas.MUTED) + 4;
        }
    }
}
