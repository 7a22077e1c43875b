package fangrid.sampledata;

import java.time.LocalDate;

/**
 * What one customer's rows of {@code orders.csv} show, following the rules of DOMAIN.md: an order
 * counts as a purchase occasion unless its returns cancel it entirely (net ≤ 0).
 *
 * @param customerId     the member number
 * @param orders         distinct order numbers with at least one order line, cancelled ones included
 * @param occasions      purchase occasions (orders that are not entirely cancelled)
 * @param mainOccasions  occasions that include the main product
 * @param trialOccasions occasions that include the trial product
 * @param cancelled      orders cancelled entirely by returns
 * @param firstPurchase  day of the first occasion, or {@code null} without occasions
 * @param lastPurchase   day of the last occasion, or {@code null} without occasions
 * @param netSales       order lines minus return lines, in yen
 */
public record CustomerSummary(String customerId, int orders, int occasions, int mainOccasions,
                              int trialOccasions, int cancelled, LocalDate firstPurchase,
                              LocalDate lastPurchase, long netSales) {

    /** Marker for "no usage level can be observed from the transactions". */
    public static final int NOT_OBSERVED = -1;

    /**
     * The usage level (ご利用頻度) observed from the transactions: main-product occasions 1 / 2 / 3+
     * give 3 / 4 / 5, only trial occasions give 2.
     *
     * @return 2–5, or {@link #NOT_OBSERVED} for a customer with neither main nor trial occasions
     */
    public int observedUsage() {
        if (mainOccasions >= 3) {
            return 5;
        }
        if (mainOccasions > 0) {
            return 2 + mainOccasions;
        }
        return trialOccasions > 0 ? 2 : NOT_OBSERVED;
    }
}
