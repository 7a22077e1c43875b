package fangrid.ui.detail;

import fangrid.analysis.CustomerColumns;
import fangrid.analysis.TimelineEvent;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import java.time.format.DateTimeFormatter;

/** One timeline event as a line of text: date, what happened, amount or answers. */
final class TimelineText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final int PRODUCTS_SHOWN = 3;

    private TimelineText() {
    }

    static String describe(TimelineEvent e, Messages messages, Formats formats) {
        String date = e.date() == null ? "—" : DATE.format(e.date());
        if (e instanceof TimelineEvent.Purchase p) {
            String products = String.join(", ", p.products().subList(0, Math.min(PRODUCTS_SHOWN, p.products().size())))
                    + (p.products().size() > PRODUCTS_SHOWN ? " …" : "");
            return messages.format("timeline.purchase", date, p.orderId() == null ? "" : p.orderId(),
                    formats.money(p.amount()), p.items(), products);
        } else if (e instanceof TimelineEvent.Return r) {
            return messages.format("timeline.return", date, r.orderId() == null ? "" : r.orderId(),
                    formats.money(r.amount()));
        }
        TimelineEvent.Answer a = (TimelineEvent.Answer) e;
        return messages.format("timeline.answer", date, scale(a.favorability()), scale(a.usageLevel()),
                a.comment() == null ? "" : a.comment());
    }

    private static String scale(int value) {
        return value == CustomerColumns.NONE ? "–" : Integer.toString(value);
    }

    /** The style class suffix of an event: purchase, return or survey. */
    static String kind(TimelineEvent e) {
        return e instanceof TimelineEvent.Purchase ? "purchase" : e instanceof TimelineEvent.Return ? "return" : "survey";
    }
}
