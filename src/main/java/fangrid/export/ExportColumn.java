package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.domain.CpmCell;
import fangrid.analysis.predict.CustomerScores;
import fangrid.domain.GridCell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One column of a customer file: its machine name (the command line's documented header), the message key of its
 * header in the window's language, and how a customer's value is written.
 */
enum ExportColumn {
    CUSTOMER_ID("customer_id", "export.column.customerId", (r, i, w) -> w.text(r.customerId(i))),
    NAME("name", "export.column.name", (r, i, w) -> w.text(r.name(i))),
    EMAIL("email", "export.column.email", (r, i, w) -> w.text(r.email(i))),
    PHONE("phone", "export.column.phone", (r, i, w) -> w.text(r.phone(i))),
    RECENCY_DAYS("recency_days", "export.column.recencyDays", (r, i, w) -> count(r.table().recencyDays(i), w)),
    FREQUENCY("frequency", "export.column.frequency", (r, i, w) -> w.number(r.table().frequency(i))),
    MONETARY("monetary", "export.column.monetary", (r, i, w) -> r.presentation().money(r.table().monetary(i), w)),
    R_SCORE("r_score", "export.column.rScore", (r, i, w) -> score(r.table(), i, r.table().rScore(i), w)),
    F_SCORE("f_score", "export.column.fScore", (r, i, w) -> score(r.table(), i, r.table().fScore(i), w)),
    M_SCORE("m_score", "export.column.mScore", (r, i, w) -> score(r.table(), i, r.table().mScore(i), w)),
    RFM_SCORE("rfm_score", "export.column.rfmScore", (r, i, w) -> score(r.table(), i, r.table().rfmScore(i), w)),
    RFM_SEGMENT("rfm_segment", "export.column.rfmSegment",
            (r, i, w) -> w.text(r.presentation().rfmSegment(r.table().rfmSegment(i)))),
    GRID_CELL("grid_cell", "export.column.gridCell", (r, i, w) -> {
        GridCell cell = r.table().gridCell(i);
        w.text(cell == null ? null : cell.toString());
    }),
    ACTIVITY("activity", "export.column.activity", (r, i, w) -> w.number(r.table().activity(i))),
    DECILE("decile", "export.column.decile", (r, i, w) -> count(r.table().decile(i) == 0 ? -1 : r.table().decile(i), w)),
    USAGE_LEVEL("usage_level", "export.column.usageLevel", (r, i, w) -> count(r.table().usageLevel(i), w)),
    FAVORABILITY("favorability", "export.column.favorability", (r, i, w) -> count(r.table().favorability(i), w)),
    FIRST_CATEGORY("first_category", "export.column.firstCategory",
            (r, i, w) -> r.presentation().flag(r.table().firstCategory(i), w)),
    SEGMENTS("segments", "export.column.segments", (r, i, w) -> w.text(r.presentation().segments(r.table().segments(i)))),
    EXPECTED_SALES_PERIOD("expected_sales_period", "export.column.expectedSalesPeriod", (r, i, w) -> {
        double v = r.expectedSalesPeriod(i);
        if (Double.isNaN(v)) {
            w.empty();
        } else {
            r.presentation().money(v, w);
        }
    }),
    PLAN_TIER("plan_tier", "export.column.planTier", (r, i, w) -> count(r.planTier(i) == 0 ? -1 : r.planTier(i), w)),
    DAYS_SINCE_FIRST_PURCHASE("days_since_first_purchase", "export.column.daysSinceFirstPurchase",
            (r, i, w) -> count(r.table().daysSinceFirstPurchase(i), w)),
    FIRST_PURCHASE_DATE("first_purchase_date", "export.column.firstPurchaseDate",
            (r, i, w) -> w.date(r.daysBefore(r.table().daysSinceFirstPurchase(i)))),
    LAST_PURCHASE_DATE("last_purchase_date", "export.column.lastPurchaseDate",
            (r, i, w) -> w.date(r.daysBefore(r.table().recencyDays(i)))),
    MESSAGE_PHASE("message_phase", "export.column.messagePhase", (r, i, w) -> w.text(
            r.table().daysSinceFirstPurchase(i) < 0 ? null : r.presentation().messagePhase(r.table().inFunctionalPhase(i)))),
    RETURN_RATE("return_rate", "export.column.returnRate", (r, i, w) -> r.presentation().share(r.table().returnRate(i), w)),
    MEDIAN_INTERVAL_DAYS("median_interval_days", "export.column.medianIntervalDays",
            (r, i, w) -> decimal(r.table().medianIntervalDays(i), w)),
    DAYS_OVERDUE("days_overdue", "export.column.daysOverdue", (r, i, w) -> {
        int overdue = r.table().daysOverdue(i);
        if (overdue == CustomerTable.NOT_COMPUTABLE) {
            w.empty();
        } else {
            w.number(overdue);
        }
    }),
    AT_RISK("at_risk", "export.column.atRisk", (r, i, w) -> r.presentation().flag(r.table().atRisk(i), w)),
    NEXT_PURCHASE_DUE("next_purchase_due", "export.column.nextPurchaseDue",
            (r, i, w) -> w.date(r.table().nextPurchaseDue(i))),
    REGULARITY("regularity", "export.column.regularity",
            (r, i, w) -> w.text(r.presentation().regularity(r.table().regularity(i)))),
    P_ALIVE("p_alive", "export.column.pAlive", (r, i, w) -> decimal(r.score(i, CustomerScores::pAlive), w)),
    EXPECTED_PURCHASES_90D("expected_purchases_90d", "export.column.expectedPurchases90d",
            (r, i, w) -> decimal(r.score(i, CustomerScores::expectedPurchases), w)),
    EXPECTED_ORDER_VALUE("expected_order_value", "export.column.expectedOrderValue",
            (r, i, w) -> decimal(r.score(i, CustomerScores::orderValue), w)),
    CLV("clv", "export.column.clv", (r, i, w) -> decimal(r.score(i, CustomerScores::clv), w)),
    CPM("cpm", "export.column.cpm", (r, i, w) -> {
        CpmCell cell = r.table().cpmCell(i);
        w.text(cell == null ? null : r.presentation().cpm(cell));
    });

    /** The {@code analyze} command's columns, a contract: scripts read them by position and name. */
    static final List<ExportColumn> ANALYZE = List.of(CUSTOMER_ID, RECENCY_DAYS, FREQUENCY, MONETARY, R_SCORE, F_SCORE,
            M_SCORE, RFM_SCORE, RFM_SEGMENT, GRID_CELL, ACTIVITY, DECILE, USAGE_LEVEL, FAVORABILITY, FIRST_CATEGORY, SEGMENTS,
            MEDIAN_INTERVAL_DAYS, DAYS_OVERDUE, AT_RISK,
            EXPECTED_SALES_PERIOD, PLAN_TIER,
            P_ALIVE, EXPECTED_PURCHASES_90D, EXPECTED_ORDER_VALUE, CLV,
            CPM);

    /** The purchase models' columns: only the command line fits the models, so segment lists leave them out. */
    private static final List<ExportColumn> MODEL = List.of(P_ALIVE, EXPECTED_PURCHASES_90D, EXPECTED_ORDER_VALUE, CLV);

    private interface Value {
        void write(ExportSource source, int i, CellWriter out) throws IOException;
    }

    private final String machineName;
    private final String labelKey;
    private final Value value;

    ExportColumn(String machineName, String labelKey, Value value) {
        this.machineName = machineName;
        this.labelKey = labelKey;
        this.value = value;
    }

    /** The column's name in English snake_case, as the command line writes it. */
    String machineName() {
        return machineName;
    }

    /** The message key of the column's header in the window's language. */
    String labelKey() {
        return labelKey;
    }

    void write(ExportSource source, int i, CellWriter out) throws IOException {
        value.write(source, i, out);
    }

    /** A segment list's columns: the analyze layout with contacts after the id and what a mailing needs at the end. */
    static List<ExportColumn> segmentList(boolean withContacts) {
        List<ExportColumn> out = new ArrayList<>(ANALYZE);
        out.removeAll(MODEL);
        if (withContacts) {
            out.addAll(1, List.of(NAME, EMAIL, PHONE));
        }
        out.addAll(List.of(DAYS_SINCE_FIRST_PURCHASE, FIRST_PURCHASE_DATE, LAST_PURCHASE_DATE, MESSAGE_PHASE, RETURN_RATE,
                NEXT_PURCHASE_DUE, REGULARITY));
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

    /** A decimal, empty where it is not known (NaN). */
    private static void decimal(double v, CellWriter out) throws IOException {
        if (Double.isNaN(v)) {
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
