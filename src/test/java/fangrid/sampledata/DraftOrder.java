package fangrid.sampledata;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An order planned by the purchase simulation, before it gets an order number.
 *
 * @param buyer    the index of the buyer in generation order
 * @param dateTime the order time
 * @param items    the ordered items, one per order line
 */
record DraftOrder(int buyer, LocalDateTime dateTime, List<Item> items) {

    /**
     * One planned order line.
     *
     * @param product  the product
     * @param quantity the quantity, at least 1
     */
    record Item(Product product, int quantity) {
    }
}
