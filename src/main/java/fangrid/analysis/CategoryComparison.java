package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.StepProgress;
import fangrid.domain.UsageLevel;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Every category's side-by-side row in one pass over the order lines: the same figures as analysing each category on
 * its own ({@link CategorySummary#of(String, Analysis)}), without reading the lines once per category. The lines are
 * read into orders kept apart by category ({@link OrderTable#readByCategory}), the orders put in order of category,
 * and each category's orders summed per customer in turn into one set of per-customer counters.
 */
public final class CategoryComparison {
    /** Reading the lines is most of the work: the share of the progress bar it takes. */
    private static final int READ_STEPS = 90;
    private static final int STEPS = 100;

    private CategoryComparison() {
    }

    /**
     * The rows of the project on {@code c} at {@code asOf} under {@code settings} (window, grid bands; its category is
     * ignored), in {@link ProductCategories#count}'s order.
     *
     * @throws CancellationException once {@code progress} is cancelled
     */
    public static List<CategorySummary> of(Connection c, AnalysisSettings settings, LocalDate asOf,
                                           StepProgress progress) throws SQLException {
        CustomerColumns cols = new CustomerColumns(asOf, CustomerColumnsLoader.people(c));
        int asOfDay = (int) asOf.toEpochDay();
        int fromDay = settings.windowMonths() > 0 ? (int) asOf.minusMonths(settings.windowMonths()).toEpochDay()
                : Integer.MIN_VALUE;
        OrderLineStore store = new OrderLineStore(c);
        long total = Math.max(store.lineCount(), 1);
        CategoryIndex categories = new CategoryIndex(CategoryFilter.naming(c));
        OrderTable orders = OrderTable.readByCategory(store, fromDay, asOfDay, CustomerColumnsLoader.productRoles(c),
                cols.chunks, cols.knownSince, categories, read -> step(progress, (int) (READ_STEPS * read / total)));
        noteFirstPurchases(orders, cols.knownSince);
        SurveyColumns.fill(c, cols);
        KnownSince.fill(c, cols);
        step(progress, READ_STEPS);
        Row[] rows = sum(orders, categories.size(), cols, settings);
        boolean survey = hasRespondents(cols);
        List<CategorySummary> out = new ArrayList<>();
        for (ProductCategories.CategoryLines line : ProductCategories.ordered(categories)) {
            for (int k = 0; k < rows.length; k++) {
                if (categories.name(k).equals(line.name())) {
                    out.add(rows[k].summary(line.name(), cols.base, survey));
                }
            }
        }
        progress.step(STEPS, STEPS);
        return out;
    }

    private static void step(StepProgress progress, int done) {
        if (progress.isCancelled()) {
            throw new CancellationException("categories side by side cancelled");
        }
        progress.step(done, STEPS);
    }

    /** Each customer's first purchase, of whichever category, dates them as analysing any one category would. */
    private static void noteFirstPurchases(OrderTable orders, int[] knownSince) {
        for (int o = 0; o < orders.size; o++) {
            if ((orders.flags[o] & OrderTable.PURCHASE) != 0) {
                KnownSince.note(knownSince, orders.customer[o], orders.day[o]);
            }
        }
    }

    /**
     * Sums each category's orders per customer, category after category, into one category's counts each. The orders'
     * few columns read are first moved into category order (one sequential write stream per category): gathering
     * them by index instead costs a cache miss per order and column.
     */
    private static Row[] sum(OrderTable orders, int categoryCount, CustomerColumns cols, AnalysisSettings settings) {
        int[] start = new int[categoryCount + 1];
        for (int o = 0; o < orders.size; o++) {
            start[orders.category[o] + 1]++;
        }
        for (int k = 0; k < categoryCount; k++) {
            start[k + 1] += start[k];
        }
        CategoryOrders moved = new CategoryOrders(orders, start);
        Counters counters = new Counters(cols.size);
        Row[] rows = new Row[categoryCount];
        int asOfDay = (int) cols.asOf.toEpochDay();
        for (int k = 0; k < categoryCount; k++) {
            counters.sum(moved, start[k], start[k + 1]);
            rows[k] = counters.row(cols, settings, asOfDay);
        }
        return rows;
    }

    /** The orders' customer, net, latest purchase day and kind, in order of category (then as the orders were). */
    private static final class CategoryOrders {
        /** {@link OrderTable}'s PURCHASE, MAIN and TRIAL flags, and this one for a purchase occasion. */
        static final byte OCCASION = 16;
        final int[] customer;
        final double[] net;
        final int[] lastDay;
        final byte[] flags;

        CategoryOrders(OrderTable orders, int[] start) {
            int n = orders.size;
            customer = new int[n];
            net = new double[n];
            lastDay = new int[n];
            flags = new byte[n];
            int[] next = Arrays.copyOf(start, start.length - 1);
            for (int o = 0; o < n; o++) {
                int p = next[orders.category[o]]++;
                customer[p] = orders.customer[o];
                net[p] = orders.net[o];
                lastDay[p] = orders.lastDay[o];
                flags[p] = (byte) (orders.flags[o] | (orders.isOccasion(o) ? OCCASION : 0));
            }
        }
    }

    /** One category's counts: buyers in the base, and of them one-timers, those in R1 and in the first category. */
    private record Row(int buyers, double netSales, int oneTime, int r1, int firstCategory) {
        CategorySummary summary(String name, int base, boolean survey) {
            return CategorySummary.of(name, buyers, base, netSales, oneTime, r1, survey ? firstCategory : -1);
        }
    }

    private static boolean hasRespondents(CustomerColumns cols) {
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && cols.respondent[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per-customer counters for one category at a time, as {@link CustomerSums} keeps them for a whole analysis, side
     * by side per customer; only the customers a category touched are reset for the next.
     */
    private static final class Counters {
        private static final int FREQUENCY = 0;
        private static final int MAIN_OCCASIONS = 1;
        private static final int TRIAL = 2;
        private static final int LAST_PURCHASE = 3;
        private static final int COUNTERS = 4;
        private final int[] counters;
        private final double[] net;
        private final boolean[] touched;
        private int[] customers = new int[1024];
        private int count;

        Counters(int size) {
            counters = new int[size * COUNTERS];
            for (int c = 0; c < counters.length; c += COUNTERS) {
                counters[c + LAST_PURCHASE] = OrderTable.NONE;
            }
            net = new double[size];
            touched = new boolean[size];
        }

        void sum(CategoryOrders orders, int from, int to) {
            for (int p = from; p < to; p++) {
                int i = orders.customer[p] - 1;
                if (!touched[i]) {
                    touched[i] = true;
                    if (count == customers.length) {
                        customers = Arrays.copyOf(customers, count * 2);
                    }
                    customers[count++] = i;
                }
                int c = i * COUNTERS;
                byte f = orders.flags[p];
                net[i] += orders.net[p];
                if ((f & OrderTable.PURCHASE) != 0) {
                    counters[c + LAST_PURCHASE] = Math.max(counters[c + LAST_PURCHASE], orders.lastDay[p]);
                }
                if ((f & CategoryOrders.OCCASION) != 0) {
                    counters[c + FREQUENCY]++;
                    counters[c + MAIN_OCCASIONS] += (f & OrderTable.MAIN) != 0 ? 1 : 0;
                    counters[c + TRIAL] |= (f & OrderTable.TRIAL) != 0 ? 1 : 0;
                }
            }
        }

        /** The counts of the category summed last, as {@link CustomerClasses} would class its buyers; then resets. */
        Row row(CustomerColumns cols, AnalysisSettings settings, int asOfDay) {
            double[] recency = new double[count];
            int buyers = 0;
            for (int k = 0; k < count; k++) {
                int i = customers[k];
                if (cols.inBase[i] && counters[i * COUNTERS + FREQUENCY] > 0) {
                    recency[buyers++] = asOfDay - counters[i * COUNTERS + LAST_PURCHASE];
                }
            }
            GridThresholds bands = settings.gridMode() == GridMode.TERTILES ? CustomerClasses.tertiles(recency, buyers)
                    : settings.thresholds();
            double sales = 0;
            int oneTime = 0;
            int r1 = 0;
            int first = 0;
            for (int k = 0; k < count; k++) {
                int i = customers[k];
                int c = i * COUNTERS;
                int frequency = counters[c + FREQUENCY];
                if (cols.inBase[i] && frequency > 0) {
                    sales += net[i];
                    oneTime += frequency == 1 ? 1 : 0;
                    r1 += bands.recencyBand(asOfDay - counters[c + LAST_PURCHASE]) == 1 ? 1 : 0;
                    first += cols.favorability[i] >= 6 && UsageLevel.observed(counters[c + MAIN_OCCASIONS],
                            counters[c + TRIAL] != 0) == UsageLevel.BOUGHT_MAIN_3_PLUS ? 1 : 0;
                }
                counters[c + FREQUENCY] = 0;
                counters[c + MAIN_OCCASIONS] = 0;
                counters[c + TRIAL] = 0;
                counters[c + LAST_PURCHASE] = OrderTable.NONE;
                net[i] = 0;
                touched[i] = false;
            }
            count = 0;
            return new Row(buyers, sales, oneTime, r1, first);
        }
    }
}
