package fangrid.analysis;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The patterns of each customer's purchase occasions in {@link CustomerColumns}: the median interval between them,
 * its coefficient of variation, and whether they keep to one season of the year (≥ 2 occasions in ≥ 2 calendar years, ≥ 80 % of them in one
 * 3-month window of the year, wrapping).
 */
final class OccasionPatterns {
    private OccasionPatterns() {
    }

    /**
     * Fills the median interval and the seasonal flag of {@code cols} from each customer's sorted occasion days,
     * reading their gaps and seasons for the two halves of the customers at once.
     */
    static void fill(OccasionDaysByCustomer occasions, CustomerColumns cols) {
        int size = cols.frequency.length;
        int[] start = occasions.start;
        int[] days = occasions.days;
        CalendarMonths calendar = CalendarMonths.covering(days);
        Halves.run(size, (from, to) -> fill(cols, days, start, from, to, calendar));
    }

    private static void fill(CustomerColumns cols, int[] days, int[] start, int from, int to, CalendarMonths calendar) {
        int[] frequency = cols.frequency;
        double[] medianInterval = cols.medianInterval;
        double[] variation = cols.intervalVariation;
        boolean[] seasonal = cols.seasonal;
        int[] gaps = new int[0];
        for (int i = from; i < to; i++) {
            int n = frequency[i];
            if (n < 2) {
                medianInterval[i] = Double.NaN;
                variation[i] = Double.NaN;
                continue;
            }
            seasonal[i] = isSeasonal(days, start[i], start[i + 1], calendar);
            if (gaps.length < n - 1) {
                gaps = new int[Math.max(n - 1, gaps.length * 2)];
            }
            for (int k = 1; k < n; k++) {
                gaps[k - 1] = days[start[i] + k] - days[start[i] + k - 1];
            }
            variation[i] = coefficientOfVariation(gaps, n - 1);
            Arrays.sort(gaps, 0, n - 1);
            int m = n - 1;
            medianInterval[i] = m % 2 == 1 ? gaps[m / 2] : (gaps[m / 2 - 1] + gaps[m / 2]) / 2.0;
        }
    }

    /** Population SD / mean of the first {@code m} gaps; NaN for one gap (no spread to speak of) or a mean of 0. */
    private static double coefficientOfVariation(int[] gaps, int m) {
        if (m < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int k = 0; k < m; k++) {
            mean += gaps[k];
        }
        mean /= m;
        if (mean == 0) {
            return Double.NaN;
        }
        double squares = 0;
        for (int k = 0; k < m; k++) {
            squares += (gaps[k] - mean) * (gaps[k] - mean);
        }
        return Math.sqrt(squares / m) / mean;
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
}
