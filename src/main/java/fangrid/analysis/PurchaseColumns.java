package fangrid.analysis;

import java.time.LocalDate;
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
    /** ≥ 2 occasions in ≥ 2 calendar years, ≥ 80 % of them in one 3-month window of the year (wrapping). */
    final boolean[] seasonal;
    final int[] lineCount;
    final int[] lineRecencyDays;
    final double[] lineAmount;

    /** Occasions with a main-product line, and whether any occasion had a trial product: the observed usage. */
    final int[] mainOccasions;
    final boolean[] trial;
    /** The epoch day of the third main-product occasion (usage 5 from then on), MainOccasions.NEVER with fewer. */
    final int[] thirdMainDay;
    final CustomerChunks chunks;

    PurchaseColumns(OrderTable orders, int size, int asOfDay) {
        CustomerSums sums = new CustomerSums(orders, size);
        frequency = sums.frequency;
        monetary = sums.monetary;
        items = sums.items;
        returnOrders = sums.returnOrders;
        returnAmount = sums.returnAmount;
        mainOccasions = sums.mainOccasions;
        trial = sums.trial;
        lineCount = sums.lineCount;
        int[] lastPurchase = sums.lastPurchase;
        int[] firstPurchase = sums.firstPurchase;
        int[] lastLine = sums.lastLine;
        recencyDays = filled(size, CustomerColumns.NONE);
        daysSinceFirst = filled(size, CustomerColumns.NONE);
        lineRecencyDays = filled(size, CustomerColumns.NONE);
        for (int i = 0; i < size; i++) {
            if (frequency[i] > 0) {
                recencyDays[i] = asOfDay - lastPurchase[i];
                daysSinceFirst[i] = asOfDay - firstPurchase[i];
            }
            if (lineCount[i] > 0) {
                lineRecencyDays[i] = asOfDay - lastLine[i];
            }
        }
        // every line's amount is in exactly one order's net, so the R view's sum of amounts is the net
        lineAmount = monetary;
        medianInterval = new double[size];
        seasonal = new boolean[size];
        occasionPatterns(orders);
        thirdMainDay = MainOccasions.thirdDays(orders, mainOccasions);
        chunks = orders.chunks;
    }

    /**
     * Groups each customer's occasion days by a counting sort, then reads their gaps and seasons; both steps for the
     * two halves of the customers at once.
     */
    private void occasionPatterns(OrderTable orders) {
        int size = frequency.length;
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + frequency[i];
        }
        int[] fill = Arrays.copyOf(start, size);
        int[] days = new int[start[size]];
        Halves.run(size, (from, to) -> {
            for (int o = 0; o < orders.size; o++) {
                int i = orders.customer[o] - 1;
                if (i >= from && i < to && orders.isOccasion(o)) {
                    days[fill[i]++] = orders.day[o];
                }
            }
        });
        CalendarMonths calendar = CalendarMonths.covering(days);
        Halves.run(size, (from, to) -> occasionPatterns(days, start, from, to, calendar));
    }

    private void occasionPatterns(int[] days, int[] start, int from, int to, CalendarMonths calendar) {
        int[] gaps = new int[0];
        for (int i = from; i < to; i++) {
            int n = frequency[i];
            if (n < 2) {
                medianInterval[i] = Double.NaN;
                continue;
            }
            Arrays.sort(days, start[i], start[i + 1]);
            seasonal[i] = isSeasonal(days, start[i], start[i + 1], calendar);
            if (gaps.length < n - 1) {
                gaps = new int[Math.max(n - 1, gaps.length * 2)];
            }
            for (int k = 1; k < n; k++) {
                gaps[k - 1] = days[start[i] + k] - days[start[i] + k - 1];
            }
            Arrays.sort(gaps, 0, n - 1);
            int m = n - 1;
            medianInterval[i] = m % 2 == 1 ? gaps[m / 2] : (gaps[m / 2 - 1] + gaps[m / 2]) / 2.0;
        }
    }

    private static boolean isSeasonal(int[] sortedDays, int from, int to, CalendarMonths calendar) {
        if (calendar.year(sortedDays[from]) == calendar.year(sortedDays[to - 1])) {
            return false;
        }
        int[] perMonth = new int[12];
        for (int k = from; k < to; k++) {
            perMonth[calendar.month(sortedDays[k])]++;
        }
        int n = to - from;
        for (int m = 0; m < 12; m++) {
            int inWindow = perMonth[m] + perMonth[(m + 1) % 12] + perMonth[(m + 2) % 12];
            if (inWindow * 5 >= n * 4) {
                return true;
            }
        }
        return false;
    }

    /** Year and month (0–11) of each day in a range, looked up instead of building a date per occasion. */
    private record CalendarMonths(int firstDay, int[] year, byte[] month) {
        static CalendarMonths covering(int[] days) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int d : days) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
            if (days.length == 0) {
                return new CalendarMonths(0, new int[0], new byte[0]);
            }
            int[] year = new int[max - min + 1];
            byte[] month = new byte[year.length];
            for (int d = min; d <= max; d++) {
                LocalDate date = LocalDate.ofEpochDay(d);
                year[d - min] = date.getYear();
                month[d - min] = (byte) (date.getMonthValue() - 1);
            }
            return new CalendarMonths(min, year, month);
        }

        int year(int day) {
            return year[day - firstDay];
        }

        int month(int day) {
            return month[day - firstDay];
        }
    }

    private static int[] filled(int size, int value) {
        int[] a = new int[size];
        Arrays.fill(a, value);
        return a;
    }
}
