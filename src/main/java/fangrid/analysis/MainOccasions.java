package fangrid.analysis;

import java.util.Arrays;

/** When each customer reached usage level 5 (a third main-product purchase occasion): the first-category trend's column. */
final class MainOccasions {
    /** {@link #fillThirdDays} of a customer who never reached three main-product occasions: later than any date. */
    static final int NEVER = Integer.MAX_VALUE;

    private MainOccasions() {
    }

    /**
     * Fills {@code cols}' epoch day of each customer's third main-product occasion (the occasions as the analysis
     * date sees them), {@link #NEVER} with fewer than three; their main occasions are summed.
     */
    static void fillThirdDays(OrderTable orders, CustomerColumns cols) {
        int[] mainOccasions = cols.mainOccasions;
        int size = mainOccasions.length;
        int[] start = new int[size + 1];
        for (int i = 0; i < size; i++) {
            start[i + 1] = start[i] + (mainOccasions[i] >= 3 ? mainOccasions[i] : 0);
        }
        int[] fill = Arrays.copyOf(start, size);
        int[] days = new int[start[size]];
        for (int o = 0; o < orders.size; o++) {
            int i = orders.customer[o] - 1;
            if (mainOccasions[i] >= 3 && (orders.flags[o] & OrderTable.MAIN) != 0 && orders.isOccasion(o)) {
                days[fill[i]++] = orders.day[o];
            }
        }
        int[] third = cols.thirdMainDay;
        Arrays.fill(third, NEVER);
        for (int i = 0; i < size; i++) {
            if (mainOccasions[i] >= 3) {
                Arrays.sort(days, start[i], start[i + 1]);
                third[i] = days[start[i] + 2];
            }
        }
    }
}
