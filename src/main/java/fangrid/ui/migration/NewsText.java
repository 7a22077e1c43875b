package fangrid.ui.migration;

import fangrid.analysis.MigrationNews;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;

/** "What changed" in a few sentences in the window's language: the base's growth, the largest moves, the first category. */
public final class NewsText {
    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;

    public NewsText(Messages messages, GroupLabels labels) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
    }

    /** The sentences for {@code news}. */
    public String of(MigrationNews news) {
        List<String> moves = new ArrayList<>();
        for (MigrationNews.Move m : news.largest()) {
            moves.add(messages.format("migration.news.move", labels.state(m.from()), labels.state(m.to()),
                    formats.count(m.customers())));
        }
        return String.join(" ",
                messages.format("migration.news.base", news.from().toString(), formats.count(news.newCustomers()),
                        formats.count(news.baseFrom()), formats.count(news.baseTo())),
                moves.isEmpty() ? messages.get("migration.news.noMoves")
                        : messages.format("migration.news.moves", String.join(messages.get("migration.news.separator"), moves)),
                messages.format("migration.news.first", formats.count(news.enteredFirst()), formats.count(news.leftFirst()),
                        formats.count(news.firstFrom()), formats.count(news.firstTo())));
    }
}
