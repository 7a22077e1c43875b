package fangrid.analysis;

import java.util.Arrays;

/** The purchase-fact columns of {@link CustomerColumns}, reduced from an {@link OrderTable}. */
final class PurchaseColumns {
    final int[] recencyDays;
    final int[] daysSinceFirst;
    final int[] frequency;
    final double[] monetary;
    final double[] items;
    final int[] returnOrders;
    final double[] returnAmount;
    final double[] medianInterval;
    final int[] lineCount;
    final int[] lineRecencyDays;
    final double[] lineAmount;

    PurchaseColumns(OrderTable orders, int size, int asOfDay) {
        recencyDays = filled(size);
        daysSinceFirst = filled(size);
        frequency = new int[size];
        monetary = new double[size];
        items = new double[size];
        returnOrders = new int[size];
        returnAmount = new double[size];
        int[] lastPurchase = new int[size];
        int[] firstPurchase = new int[size];
        Arrays.fill(lastPurchase, OrderTable.NONE);
        Arrays.fill(firstPurchase, Integer.MAX_VALUE);
        for (int o = 0; o < orders.size; o++) {
            int i = orders.customer[o] - 1;
            monetary[i] += orders.net[o];
            if ((orders.flags[o] & OrderTable.RETURN) != 0) {
                returnOrders[i]++;
                returnAmount[i] += orders.returned[o];
            }
            if ((orders.flags[o] & OrderTable.PURCHASE) != 0) {
                lastPurchase[i] = Math.max(lastPurchase[i], orders.lastDay[o]);
                firstPurchase[i] = Math.min(firstPurchase[i], orders.day[o]);
            }
            if (orders.isOccasion(o)) {
                frequency[i]++;
                items[i] += orders.items[o];
            }
        }
        for (int i = 0; i < size; i++) {
            if (frequency[i] > 0) {
                recencyDays[i] = asOfDay - lastPurchase[i];
                daysSinceFirst[i] = asOfDay - firstPurchase[i];
            }
        }
        medianInterval = medianIntervals(orders, frequency);
        lineCount = orders.lines.count;
        lineAmount = orders.lines.amount;
        lineRecencyDays = filled(size);
        for (int i = 0; i < size; i++) {
            if (lineCount[i] > 0) {
                lineRecencyDays[i] = asOfDay - orders.lines.lastDay[i];
            }
        }
    }

    /** Each customer's occasion days, grouped by a counting sort, sorted, and the median of their gaps. */
    private static double[] medianIntervals(OrderTable orders, int[] frequency) {
        int size = frequency.length;
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + frequency[i];
        }
        int[] fill = Arrays.copyOf(start, size);
        int[] days = new int[start[size]];
        for (int o = 0; o < orders.size; o++) {
            if (orders.isOccasion(o)) {
                days[fill[orders.customer[o] - 1]++] = orders.day[o];
            }
        }
        double[] median = new double[size];
        int[] gaps = new int[0];
        for (int i = 0; i < size; i++) {
            int n = frequency[i];
            if (n < 2) {
                median[i] = Double.NaN;
                continue;
            }
            Arrays.sort(days, start[i], start[i + 1]);
            if (gaps.length < n - 1) {
                gaps = new int[Math.max(n - 1, gaps.length * 2)];
            }
            for (int k = 1; k < n; k++) {
                gaps[k - 1] = days[start[i] + k] - days[start[i] + k - 1];
            }
            Arrays.sort(gaps, 0, n - 1);
            int m = n - 1;
            median[i] = m % 2 == 1 ? gaps[m / 2] : (gaps[m / 2 - 1] + gaps[m / 2]) / 2.0;
        }
        return median;
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, CustomerColumns.NONE);
        return a;
    }
}
