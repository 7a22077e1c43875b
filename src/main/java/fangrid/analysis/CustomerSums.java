package fangrid.analysis;

/**
 * Sums each customer's orders into the purchase columns of {@link CustomerColumns}. Orders come in no customer
 * order, so a sum is a cache miss per customer column touched; while summing, one customer's counters sit side by
 * side in one array (and their two sums in another), and are spread into the columns afterwards in one sequential
 * pass, which also turns the first and last days into recencies. The two halves of the customers are summed at
 * once, each by a thread passing over all orders.
 */
final class CustomerSums {
    private static final int FREQUENCY = 0;
    private static final int LINES = 1;
    private static final int MAIN_OCCASIONS = 2;
    private static final int TRIAL = 3;
    private static final int FIRST_PURCHASE = 4;
    private static final int LAST_PURCHASE = 5;
    private static final int LAST_LINE = 6;
    /** Eight, not seven: 32 bytes per customer, so that fewer of them straddle two cache lines. */
    private static final int COUNTERS = 8;

    private CustomerSums() {
    }

    /**
     * Fills frequency, monetary, items, returns, main occasions, trial, line counts and the recencies of
     * {@code cols}, and notes each customer's first purchase in its {@link KnownSince} column.
     */
    static void sum(OrderTable orders, CustomerColumns cols) {
        int asOfDay = (int) cols.asOf.toEpochDay();
        Halves.run(cols.size, (from, to) -> sum(orders, cols, asOfDay, from, to));
    }

    /** Sums the orders of customers {@code from} to {@code to} (exclusive). */
    private static void sum(OrderTable orders, CustomerColumns cols, int asOfDay, int from, int to) {
        int[] counters = new int[(to - from) * COUNTERS];
        double[] sums = new double[(to - from) * 2];
        for (int c = 0; c < counters.length; c += COUNTERS) {
            counters[c + FIRST_PURCHASE] = Integer.MAX_VALUE;
            counters[c + LAST_PURCHASE] = OrderTable.NONE;
            counters[c + LAST_LINE] = OrderTable.NONE;
        }
        int[] returnOrders = cols.returnOrders;
        double[] returnAmount = cols.returnAmount;
        for (int o = 0; o < orders.size; o++) {
            int i = orders.customer[o] - 1;
            if (i < from || i >= to) {
                continue;
            }
            int k = i - from;
            int c = k * COUNTERS;
            byte f = orders.flags[o];
            sums[2 * k] += orders.net[o];
            counters[c + LINES] += orders.lineCount[o];
            counters[c + LAST_LINE] = Math.max(counters[c + LAST_LINE], orders.lastLineDay[o]);
            if ((f & OrderTable.RETURN) != 0) {
                returnOrders[i]++;
                returnAmount[i] += orders.returned[o];
            }
            if ((f & OrderTable.PURCHASE) != 0) {
                counters[c + LAST_PURCHASE] = Math.max(counters[c + LAST_PURCHASE], orders.lastDay[o]);
                counters[c + FIRST_PURCHASE] = Math.min(counters[c + FIRST_PURCHASE], orders.day[o]);
            }
            if (orders.isOccasion(o)) {
                counters[c + FREQUENCY]++;
                sums[2 * k + 1] += orders.items[o];
                counters[c + MAIN_OCCASIONS] += (f & OrderTable.MAIN) != 0 ? 1 : 0;
                counters[c + TRIAL] |= (f & OrderTable.TRIAL) != 0 ? 1 : 0;
            }
        }
        for (int i = from, c = 0; i < to; i++, c += COUNTERS) {
            int frequency = counters[c + FREQUENCY];
            int lines = counters[c + LINES];
            cols.frequency[i] = frequency;
            cols.lineCount[i] = lines;
            cols.mainOccasions[i] = counters[c + MAIN_OCCASIONS];
            cols.trial[i] = counters[c + TRIAL] != 0;
            cols.recencyDays[i] = frequency > 0 ? asOfDay - counters[c + LAST_PURCHASE] : CustomerColumns.NONE;
            cols.daysSinceFirst[i] = frequency > 0 ? asOfDay - counters[c + FIRST_PURCHASE] : CustomerColumns.NONE;
            cols.lineRecencyDays[i] = lines > 0 ? asOfDay - counters[c + LAST_LINE] : CustomerColumns.NONE;
            cols.knownSince[i] = Math.min(cols.knownSince[i], counters[c + FIRST_PURCHASE]);
            cols.monetary[i] = sums[2 * (i - from)];
            cols.items[i] = sums[2 * (i - from) + 1];
        }
    }
}
