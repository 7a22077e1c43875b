package fangrid.analysis;

import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CpmCell;
import fangrid.domain.GridCell;
import fangrid.domain.Regularity;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Read access to one analysis's per-customer values by index (customer key − 1), for tables and exports:
 * nothing is copied, so millions of rows cost no objects.
 */
public final class CustomerTable {
    /** DOMAIN.md: for about 21 days after a first purchase a customer needs the product's functional value. */
    public static final int FUNCTIONAL_PHASE_DAYS = 21;
    /** {@link #daysOverdue} of customers with fewer than two purchase occasions (it may be negative otherwise). */
    public static final int NOT_COMPUTABLE = Integer.MIN_VALUE;
    /** The period of {@link #valueAtRisk}'s prediction: a six-month plan's. */
    public static final int VALUE_AT_RISK_MONTHS = 6;

    private final CustomerColumns c;
    private final CustomerClasses classes;
    private final RfmResult rfm;
    private final CustomerIdColumn ids;
    private final double lowestMonetary;
    private final double highestMonetary;
    private final java.util.function.Supplier<double[]> periodSales;

    /** @param periodSales each buyer's predicted net sales over {@link #VALUE_AT_RISK_MONTHS} months, asked when needed */
    CustomerTable(CustomerColumns c, CustomerClasses classes, RfmResult rfm, CustomerIdColumn ids,
                  java.util.function.Supplier<double[]> periodSales) {
        this.c = c;
        this.periodSales = periodSales;
        this.classes = classes;
        this.rfm = rfm;
        this.ids = ids;
        double low = 0;
        double high = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.inBase[i]) {
                low = Math.min(low, rfm.monetary[i]);
                high = Math.max(high, rfm.monetary[i]);
            }
        }
        this.lowestMonetary = low;
        this.highestMonetary = high;
    }

    /** The number of indices; not every index is a person of the base (see {@link #inBase}). */
    public int size() {
        return c.size;
    }

    /**
     * Whether index {@code i} is in the base at the analysis date: a person of the project (an undone import can leave
     * gaps) known before that date. Only they have values at the date.
     */
    public boolean inBase(int i) {
        return c.inBase[i];
    }

    /** The customer id; null where the key is no longer a person. */
    public String customerId(int i) {
        return ids.id(i);
    }

    CustomerIdColumn ids() {
        return ids;
    }

    /** Days since the last purchase, or {@link CustomerColumns#NONE}, as the scoring mode defines it. */
    public int recencyDays(int i) {
        return rfm.recencyDays[i];
    }

    public int frequency(int i) {
        return rfm.frequency[i];
    }

    public double monetary(int i) {
        return rfm.monetary[i];
    }

    /** The lowest {@link #monetary} of anyone (at most 0): with {@link #highestMonetary}, the widest amounts shown. */
    public double lowestMonetary() {
        return lowestMonetary;
    }

    /** The highest {@link #monetary} of anyone (at least 0). */
    public double highestMonetary() {
        return highestMonetary;
    }

    /** R, F and M scores 1–5, 0 when not scored. */
    public int rScore(int i) {
        return rfm.scores().r()[i];
    }

    public int fScore(int i) {
        return rfm.scores().f()[i];
    }

    public int mScore(int i) {
        return rfm.scores().m()[i];
    }

    /** R·100 + F·10 + M, 0 when not scored. */
    public int rfmScore(int i) {
        return rfm.scores().rfmScore(i);
    }

    /** The R rfm named segment, or null when not scored. */
    public String rfmSegment(int i) {
        return rfm.segment(i);
    }

    /** The buyer's grid cell, or null for people who did not buy. */
    public GridCell gridCell(int i) {
        return classes.gridCell[i] < 0 ? null : GridCell.ofIndex(classes.gridCell[i]);
    }

    /** The communication activity 1–4. */
    public int activity(int i) {
        return classes.activity[i];
    }

    /** Decile 1–10, 0 for people who did not buy. */
    public int decile(int i) {
        return classes.decile[i];
    }

    /** Usage level 0–5, or {@link CustomerColumns#NONE}. */
    public int usageLevel(int i) {
        return c.usage[i];
    }

    /** Favorability 1–7, or {@link CustomerColumns#NONE}. */
    public int favorability(int i) {
        return c.favorability[i];
    }

    public boolean firstCategory(int i) {
        return c.isFirstCategory(i);
    }

    /** Orders with returns, the amount returned, and its share of the gross purchases (0 without purchases). */
    public int returnOrders(int i) {
        return c.returnOrders[i];
    }

    public double returnAmount(int i) {
        return c.returnAmount[i];
    }

    public double returnRate(int i) {
        double gross = c.monetary[i] + c.returnAmount[i];
        return gross <= 0 ? 0 : c.returnAmount[i] / gross;
    }

    /** Median days between purchase occasions; NaN with fewer than two. */
    public double medianIntervalDays(int i) {
        return c.medianInterval[i];
    }

    /** The coefficient of variation of the days between purchase occasions; NaN with fewer than two intervals. */
    public double intervalVariation(int i) {
        return c.intervalVariation[i];
    }

    /** How regularly the customer buys, or null with fewer than three purchase occasions. */
    public Regularity regularity(int i) {
        return Regularity.of(c.intervalVariation[i]);
    }

    /**
     * Days from the date the next purchase was due (the last purchase plus the median interval, rounded up to a whole
     * day) to the analysis date: positive when overdue, 0 or negative before; {@link #NOT_COMPUTABLE} with fewer than
     * two purchase occasions.
     */
    public int daysOverdue(int i) {
        return c.frequency[i] < 2 ? NOT_COMPUTABLE : c.recencyDays[i] - (int) Math.ceil(c.medianInterval[i]);
    }

    /** The date the next purchase was due (see {@link #daysOverdue}), or null with fewer than two purchase occasions. */
    public LocalDate nextPurchaseDue(int i) {
        int overdue = daysOverdue(i);
        return overdue == NOT_COMPUTABLE ? null : c.asOf.minusDays(overdue);
    }

    /** Whether the customer is at risk of ranking down under the analysis's rule. */
    public boolean atRisk(int i) {
        return classes.rankDown[i] == RankDownClasses.AT_RISK;
    }

    /** Whether the customer, not at risk yet, crosses the line within the next seven days. */
    public boolean crossingThisWeek(int i) {
        return classes.rankDown[i] == RankDownClasses.CROSSING_THIS_WEEK;
    }

    /**
     * What a repeat customer stands to be worth, the order of the rank-down list: their predicted net sales over the
     * {@link #VALUE_AT_RISK_MONTHS} months from the analysis date (the plans' forecast, {@code expected_sales_period}
     * of a plan starting today); NaN with fewer than two purchase occasions.
     */
    public double valueAtRisk(int i) {
        return c.frequency[i] < 2 ? Double.NaN : periodSales.get()[i];
    }

    /** The buyer's CPM cell, or null for people who did not buy. */
    public CpmCell cpmCell(int i) {
        return classes.cpmCell[i] < 0 ? null : CpmCell.ofIndex(classes.cpmCell[i]);
    }

    /** Days since the first purchase, or {@link CustomerColumns#NONE}. */
    public int daysSinceFirstPurchase(int i) {
        return c.daysSinceFirst[i];
    }

    /** The message phase: true in the first 21 days after a first purchase (functional value), false after (brand). */
    public boolean inFunctionalPhase(int i) {
        return c.daysSinceFirst[i] >= 0 && c.daysSinceFirst[i] <= FUNCTIONAL_PHASE_DAYS;
    }

    /** {@link CustomerColumns#DISSATISFIED}, SATISFIED or DELIGHTED, or NONE. */
    public int expectationClass(int i) {
        return c.expectationClass[i];
    }

    /** The behavioural segments' ids, semicolon-separated (empty for none). */
    public String segments(int i) {
        StringJoiner j = new StringJoiner(";");
        for (BehaviouralSegment s : BehaviouralSegment.values()) {
            if (s.in(classes.segments[i])) {
                j.add(s.id());
            }
        }
        return j.toString();
    }
}
