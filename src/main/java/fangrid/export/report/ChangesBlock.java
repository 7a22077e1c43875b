package fangrid.export.report;

import fangrid.analysis.MigrationNews;
import fangrid.domain.MigrationAxis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed since last month, in the migration tab's words: the base's growth, the largest moves between grid
 * cells, and who entered and left the first category.
 */
public record ChangesBlock(MigrationNews news) implements ReportBlock {
    private static final float SIZE = 8;
    private static final float LEADING = 11;

    @Override
    public float height(ReportCanvas c, float width) throws IOException {
        float h = ReportCanvas.TITLE_HEIGHT;
        for (String line : lines(c.words())) {
            h += c.wrap(line, SIZE, width).size() * LEADING + 2;
        }
        return h;
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.get("report.changes.title"), x, top, width);
        float y = top + ReportCanvas.TITLE_HEIGHT;
        for (String line : lines(t)) {
            y += c.paragraph(line, x, y, SIZE, LEADING, width, ReportCanvas.INK) + 2;
        }
    }

    private List<String> lines(ReportText t) {
        List<String> moves = new ArrayList<>();
        for (MigrationNews.Move m : news.largest()) {
            moves.add(t.format("migration.news.move", state(t, m.from()), state(t, m.to()), t.count(m.customers())));
        }
        return List.of(
                t.format("migration.news.base", news.from().toString(), t.count(news.newCustomers()),
                        t.count(news.baseFrom()), t.count(news.baseTo())),
                moves.isEmpty() ? t.get("migration.news.noMoves")
                        : t.format("migration.news.moves", String.join(t.get("migration.news.separator"), moves)),
                t.format("migration.news.first", t.count(news.enteredFirst()), t.count(news.leftFirst()),
                        t.count(news.firstFrom()), t.count(news.firstTo())));
    }

    /** A grid state as the migration tab names it: a cell, or not yet a customer / no purchase. */
    private static String state(ReportText t, String state) {
        if (state.equals(MigrationAxis.NOT_YET)) {
            return t.get("migration.state.new");
        }
        return state.equals(MigrationAxis.NO_PURCHASE) ? t.get("migration.state.none") : state;
    }
}
