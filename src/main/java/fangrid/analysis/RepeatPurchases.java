package fangrid.analysis;

/**
 * The purchase models' view of each customer in {@link CustomerColumns} (lifetimes' summary with a day as the
 * period): the distinct days with a purchase occasion, the first and last of them, and the net of every order dated
 * after the first day, returns included (a return order without purchase lines dated by its latest line).
 */
final class RepeatPurchases {
    private RepeatPurchases() {
    }

    /** Fills the columns of {@code cols} from each customer's sorted occasion days. */
    static void fill(OrderTable orders, OccasionDaysByCustomer occasions, CustomerColumns cols) {
        Halves.run(cols.frequency.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                distinctDays(cols, i, occasions.days, occasions.start[i], occasions.start[i + 1]);
            }
            sumAfterFirstDay(orders, cols, from, to);
        });
    }

    private static void distinctDays(CustomerColumns cols, int i, int[] days, int from, int to) {
        if (from == to) {
            cols.purchaseDays[i] = 0;
            cols.firstPurchaseDay[i] = CustomerColumns.NONE;
            cols.lastPurchaseDay[i] = CustomerColumns.NONE;
            return;
        }
        int distinct = 1;
        for (int k = from + 1; k < to; k++) {
            distinct += days[k] != days[k - 1] ? 1 : 0;
        }
        cols.purchaseDays[i] = distinct;
        cols.firstPurchaseDay[i] = days[from];
        cols.lastPurchaseDay[i] = days[to - 1];
    }

    private static void sumAfterFirstDay(OrderTable orders, CustomerColumns cols, int from, int to) {
        for (int o = 0; o < orders.size; o++) {
            int i = orders.customer[o] - 1;
            if (i < from || i >= to || cols.purchaseDays[i] == 0) {
                continue;
            }
            int day = (orders.flags[o] & OrderTable.PURCHASE) != 0 ? orders.day[o] : orders.lastLineDay[o];
            if (day > cols.firstPurchaseDay[i]) {
                cols.repeatNet[i] += orders.net[o];
            }
        }
    }
}
