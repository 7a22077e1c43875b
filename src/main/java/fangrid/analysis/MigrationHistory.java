package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridCell;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.MigrationAxis;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * Every customer's orders up to an analysis date, grouped by customer, read in one pass over the order lines, from
 * which each customer's state at any earlier date is one short loop: the grid cell or activity they had in the
 * analysis at that date. An order is seen at a date as its lines before it make it: its returns count from the day
 * of its latest line, so an order cancelled by a later return still counts before the return. (Exact as long as an
 * order's purchase lines come before its returns and its returns on one day, as shops' files have them.)
 */
final class MigrationHistory {
    /** A state index for people outside the analysis's base: they are in no row or column. */
    static final byte OUTSIDE = -1;
    static final byte NOT_YET = 0;
    static final byte NO_PURCHASE = 1;
    private static final byte PURCHASE = 1;
    private static final byte OCCASION = 2;
    /** An occasion before its returns are seen: it has purchase lines and is not free-and-returned. */
    private static final byte OCCASION_BEFORE_RETURNS = 4;

    private final CustomerColumns cols;
    private final AnalysisSettings settings;
    /** Customer i's orders are start[i] to start[i + 1]. */
    private final int[] start;
    /** An order's date: its first purchase line, or its latest line when it has no purchase (returns only). */
    private final int[] day;
    /** Its latest purchase line's day. */
    private final int[] lastDay;
    /** Its latest line's day (returns included). */
    private final int[] lastLineDay;
    /** Its net sales once all its lines are seen, and before its returns. */
    private final double[] net;
    private final double[] beforeReturns;
    private final byte[] kind;

    private MigrationHistory(CustomerColumns cols, AnalysisSettings settings, OrderTable orders) {
        this.cols = cols;
        this.settings = settings;
        start = new int[cols.size + 1];
        for (int o = 0; o < orders.size; o++) {
            start[orders.customer[o]]++;
        }
        for (int i = 0; i < cols.size; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, cols.size);
        day = new int[orders.size];
        lastDay = new int[orders.size];
        lastLineDay = new int[orders.size];
        net = new double[orders.size];
        beforeReturns = new double[orders.size];
        kind = new byte[orders.size];
        for (int o = 0; o < orders.size; o++) {
            int k = next[orders.customer[o] - 1]++;
            boolean purchase = (orders.flags[o] & OrderTable.PURCHASE) != 0;
            day[k] = purchase ? orders.day[o] : orders.lastLineDay[o];
            lastDay[k] = orders.lastDay[o];
            lastLineDay[k] = orders.lastLineDay[o];
            net[k] = orders.net[o];
            beforeReturns[k] = orders.net[o] + orders.returned[o];
            kind[k] = (byte) ((purchase ? PURCHASE | OCCASION_BEFORE_RETURNS : 0) | (orders.isOccasion(o) ? OCCASION : 0));
        }
    }

    /** Reads the orders of {@code analysis}'s project up to its analysis date. */
    static MigrationHistory read(Connection c, CustomerColumns cols, AnalysisSettings settings) throws SQLException {
        OrderTable orders = OrderTable.read(new OrderLineStore(c), Integer.MIN_VALUE, (int) cols.asOf.toEpochDay(),
                Map.of(), new CustomerChunks(), new int[cols.size], CategoryFilter.of(c, settings.category()));
        return new MigrationHistory(cols, settings, orders);
    }

    /**
     * Each person's state at analysis date {@code date} (at most the analysis's own): {@link #NOT_YET},
     * {@link #NO_PURCHASE}, then 2 + the grid cell's index or 1 + the activity's number; {@link #OUTSIDE} for
     * people not in the analysis's base.
     */
    byte[] states(LocalDate date, MigrationAxis axis) {
        if (date.isAfter(cols.asOf)) {
            throw new IllegalArgumentException(date + " is after the analysis date " + cols.asOf);
        }
        int t = (int) date.toEpochDay();
        int windowStart = settings.windowMonths() > 0 ? (int) date.minusMonths(settings.windowMonths()).toEpochDay()
                : Integer.MIN_VALUE;
        int[] recency = new int[cols.size];
        int[] frequency = new int[cols.size];
        byte[] state = new byte[cols.size];
        for (int i = 0; i < cols.size; i++) {
            if (!cols.inBase[i]) {
                state[i] = OUTSIDE;
                continue;
            }
            if (cols.knownSince[i] >= t) {
                state[i] = NOT_YET;
                continue;
            }
            int last = Integer.MIN_VALUE;
            int f = 0;
            for (int o = start[i]; o < start[i + 1]; o++) {
                int d = day[o];
                if (d >= t || d < windowStart || (kind[o] & PURCHASE) == 0) {
                    continue;
                }
                last = Math.max(last, lastDay[o] < t ? lastDay[o] : d);
                f += (kind[o] & (lastLineDay[o] < t ? OCCASION : OCCASION_BEFORE_RETURNS)) != 0 ? 1 : 0;
            }
            frequency[i] = f;
            recency[i] = t - last;
            state[i] = NO_PURCHASE;
        }
        GridThresholds bands = settings.gridMode() == GridMode.TERTILES ? tertiles(state, frequency, recency)
                : settings.thresholds();
        byte[] activityOfCell = new byte[9];
        for (int k = 0; k < 9; k++) {
            activityOfCell[k] = (byte) settings.activities().activityOf(GridCell.ofIndex(k)).number();
        }
        for (int i = 0; i < cols.size; i++) {
            if (state[i] == NO_PURCHASE && frequency[i] > 0) {
                int cell = (bands.recencyBand(recency[i]) - 1) * 3 + GridThresholds.frequencyBand(frequency[i]) - 1;
                state[i] = (byte) (axis == MigrationAxis.GRID ? 2 + cell : 1 + activityOfCell[cell]);
            }
        }
        return state;
    }

    /** Each person's net sales from {@code from} (inclusive) to {@code to} (exclusive): returns count on their day. */
    double[] sales(LocalDate from, LocalDate to) {
        int a = (int) from.toEpochDay();
        int b = (int) to.toEpochDay();
        double[] sales = new double[cols.size];
        for (int i = 0; i < cols.size; i++) {
            double s = 0;
            for (int o = start[i]; o < start[i + 1]; o++) {
                s += netAt(o, b) - netAt(o, a);
            }
            sales[i] = s;
        }
        return sales;
    }

    /** Order {@code o}'s net sales as its lines before day {@code t} make it. */
    private double netAt(int o, int t) {
        if (lastLineDay[o] < t) {
            return net[o];
        }
        return day[o] < t && (kind[o] & PURCHASE) != 0 ? beforeReturns[o] : 0;
    }

    /** The buyers' recency tertiles at a date, as {@link CustomerClasses#tertiles} takes them at the analysis date. */
    private GridThresholds tertiles(byte[] state, int[] frequency, int[] recency) {
        double[] r = new double[cols.size];
        int n = 0;
        for (int i = 0; i < cols.size; i++) {
            if (state[i] == NO_PURCHASE && frequency[i] > 0) {
                r[n++] = recency[i];
            }
        }
        return CustomerClasses.tertiles(r, n);
    }
}
