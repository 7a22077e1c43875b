package fangrid.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The sample shop's trading period and the shape of its demand over time: growth, a Nov–Dec peak,
 * and more orders at lunch time and in the evening.
 */
final class ShopCalendar {

    /** First trading day. */
    static final LocalDate START = LocalDate.of(2023, 4, 1);
    /** Last trading day: the latest transaction in the sample is on this day. */
    static final LocalDate END = LocalDate.of(2025, 9, 30);

    private static final double[] MONTH_FACTOR = {
        1.10, 0.85, 1.05, 0.95, 1.00, 0.95, 1.10, 0.90, 0.95, 1.00, 1.55, 1.75};
    private static final double[] HOUR_WEIGHT = {
        2.0, 1.2, 0.6, 0.3, 0.2, 0.3, 0.8, 1.5, 2.0, 2.6, 3.0, 3.4,
        4.2, 3.8, 3.0, 2.8, 2.8, 3.0, 3.4, 4.0, 4.8, 5.2, 4.8, 3.4};

    private final double[] cumulative;

    ShopCalendar() {
        int days = (int) ChronoUnit.DAYS.between(START, END) + 1;
        cumulative = new double[days];
        double sum = 0;
        for (int i = 0; i < days; i++) {
            LocalDate d = START.plusDays(i);
            double growth = 1.0 + 1.3 * i / (days - 1);
            double weekday = d.getDayOfWeek().getValue() >= 6 ? 1.15 : 1.0;
            sum += growth * MONTH_FACTOR[d.getMonthValue() - 1] * weekday;
            cumulative[i] = sum;
        }
    }

    /**
     * A day drawn from the acquisition curve (growth × seasonality) over the whole period.
     *
     * @param rnd the random source
     * @return a day in [START, END]
     */
    LocalDate acquisitionDay(Random rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return START.plusDays(lo);
    }

    /**
     * A day drawn uniformly from a window, clipped to the trading period.
     *
     * @param rnd   the random source
     * @param from  first day of the window
     * @param until last day of the window (inclusive)
     * @return a day in the window, or {@code null} when the window lies outside the period
     */
    static LocalDate dayIn(Random rnd, LocalDate from, LocalDate until) {
        LocalDate a = from.isBefore(START) ? START : from;
        LocalDate b = until.isAfter(END) ? END : until;
        if (a.isAfter(b)) {
            return null;
        }
        return a.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(a, b) + 1));
    }

    /**
     * Adds a typical order time of day (peaks at noon and 21:00) to a day.
     *
     * @param rnd the random source
     * @param day the order day
     * @return the order timestamp, to the minute
     */
    static LocalDateTime at(Random rnd, LocalDate day) {
        int hour = Weighted.index(rnd, HOUR_WEIGHT);
        return LocalDateTime.of(day, LocalTime.of(hour, rnd.nextInt(60)));
    }

    /**
     * @param day a day
     * @return whether the day is inside the trading period
     */
    static boolean inPeriod(LocalDate day) {
        return !day.isBefore(START) && !day.isAfter(END);
    }
}
