package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.domain.GridCell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One column of a customer file: its header and how a customer's value is written. */
enum CustomerField {
    CUSTOMER_ID("customer_id", (r, i, w) -> w.text(r.table().customerId(i))),
    NAME("name", (r, i, w) -> w.text(r.contacts().name(i))),
    EMAIL("email", (r, i, w) -> w.text(r.contacts().email(i))),
    PHONE("phone", (r, i, w) -> w.text(r.contacts().phone(i))),
    RECENCY_DAYS("recency_days", (r, i, w) -> count(r.table().recencyDays(i), w)),
    FREQUENCY("frequency", (r, i, w) -> w.number(r.table().frequency(i))),
    MONETARY("monetary", (r, i, w) -> w.number(r.table().monetary(i))),
    R_SCORE("r_score", (r, i, w) -> score(r.table(), i, r.table().rScore(i), w)),
    F_SCORE("f_score", (r, i, w) -> score(r.table(), i, r.table().fScore(i), w)),
    M_SCORE("m_score", (r, i, w) -> score(r.table(), i, r.table().mScore(i), w)),
    RFM_SCORE("rfm_score", (r, i, w) -> score(r.table(), i, r.table().rfmScore(i), w)),
    RFM_SEGMENT("rfm_segment", (r, i, w) -> w.text(r.table().rfmSegment(i))),
    GRID_CELL("grid_cell", (r, i, w) -> {
        GridCell cell = r.table().gridCell(i);
        w.text(cell == null ? null : cell.toString());
    }),
    ACTIVITY("activity", (r, i, w) -> w.number(r.table().activity(i))),
    DECILE("decile", (r, i, w) -> count(r.table().decile(i) == 0 ? -1 : r.table().decile(i), w)),
    USAGE_LEVEL("usage_level", (r, i, w) -> count(r.table().usageLevel(i), w)),
    FAVORABILITY("favorability", (r, i, w) -> count(r.table().favorability(i), w)),
    FIRST_CATEGORY("first_category", (r, i, w) -> w.bool(r.table().firstCategory(i))),
    SEGMENTS("segments", (r, i, w) -> w.text(r.table().segments(i))),
    DAYS_SINCE_FIRST_PURCHASE("days_since_first_purchase", (r, i, w) -> count(r.table().daysSinceFirstPurchase(i), w)),
    FIRST_PURCHASE_DATE("first_purchase_date", (r, i, w) -> w.date(r.daysBefore(r.table().daysSinceFirstPurchase(i)))),
    LAST_PURCHASE_DATE("last_purchase_date", (r, i, w) -> w.date(r.daysBefore(r.table().recencyDays(i)))),
    MESSAGE_PHASE("message_phase", (r, i, w) -> w.text(r.table().daysSinceFirstPurchase(i) < 0 ? null
            : r.table().inFunctionalPhase(i) ? "functional" : "brand")),
    RETURN_RATE("return_rate", (r, i, w) -> w.number(r.table().returnRate(i)));

    /** The {@code analyze} command's columns, a contract: scripts read them by position and name. */
    static final List<CustomerField> ANALYZE = List.of(CUSTOMER_ID, RECENCY_DAYS, FREQUENCY, MONETARY, R_SCORE, F_SCORE,
            M_SCORE, RFM_SCORE, RFM_SEGMENT, GRID_CELL, ACTIVITY, DECILE, USAGE_LEVEL, FAVORABILITY, FIRST_CATEGORY, SEGMENTS);

    private interface Value {
        void write(CustomerRows rows, int i, CellWriter out) throws IOException;
    }

    private final String header;
    private final Value value;

    CustomerField(String header, Value value) {
        this.header = header;
        this.value = value;
    }

    /** The column's name in English snake_case. */
    String header() {
        return header;
    }

    void write(CustomerRows rows, int i, CellWriter out) throws IOException {
        value.write(rows, i, out);
    }

    /** A segment list's columns: the analyze layout with contacts after the id and what a mailing needs at the end. */
    static List<CustomerField> segmentList(boolean withContacts) {
        List<CustomerField> out = new ArrayList<>(ANALYZE);
        if (withContacts) {
            out.addAll(1, List.of(NAME, EMAIL, PHONE));
        }
        out.addAll(List.of(DAYS_SINCE_FIRST_PURCHASE, FIRST_PURCHASE_DATE, LAST_PURCHASE_DATE, MESSAGE_PHASE, RETURN_RATE));
        return List.copyOf(out);
    }

    /** A count or level, empty where the table says "no value" (negative). */
    private static void count(int v, CellWriter out) throws IOException {
        if (v < 0) {
            out.empty();
        } else {
            out.number(v);
        }
    }

    /** A 1–5 score or the RFM score string, empty for customers who were not scored. */
    private static void score(CustomerTable t, int i, int v, CellWriter out) throws IOException {
        if (t.rfmScore(i) > 0) {
            out.number(v);
        } else {
            out.empty();
        }
    }
}
