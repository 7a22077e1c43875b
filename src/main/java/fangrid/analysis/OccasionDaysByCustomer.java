package fangrid.analysis;

import java.util.Arrays;

/**
 * Each customer's purchase-occasion days, grouped by customer with a counting sort and sorted: customer {@code i}'s
 * are {@code days[start[i]]} to {@code days[start[i + 1] - 1]}. Built once per analysis for the interval patterns and
 * the purchase models alike.
 */
final class OccasionDaysByCustomer {
    final int[] start;
    final int[] days;

    private OccasionDaysByCustomer(int[] start, int[] days) {
        this.start = start;
        this.days = days;
    }

    /** Groups the occasion days of {@code orders} by customer; {@code frequency} holds each one's summed occasions. */
    static OccasionDaysByCustomer of(OrderTable orders, int[] frequency) {
        int size = frequency.length;
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + frequency[i];
        }
        int[] next = Arrays.copyOf(start, size);
        int[] days = new int[start[size]];
        Halves.run(size, (from, to) -> {
            for (int o = 0; o < orders.size; o++) {
                int i = orders.customer[o] - 1;
                if (i >= from && i < to && orders.isOccasion(o)) {
                    days[next[i]++] = orders.day[o];
                }
            }
            for (int i = from; i < to; i++) {
                Arrays.sort(days, start[i], start[i + 1]);
            }
        });
        return new OccasionDaysByCustomer(start, days);
    }
}
