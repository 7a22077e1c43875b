package fangrid.sampledata;

import java.time.LocalDateTime;

/**
 * One row of {@code orders.csv}: an order line, or a return line that repeats its order's number.
 *
 * @param orderId     the order number (受注番号), e.g. {@code 202301050001}
 * @param dateTime    the order time, or for a return line the (later) return time
 * @param customerId  the member number (会員番号)
 * @param productCode the product code
 * @param productName the product name
 * @param category    the product category
 * @param quantity    the quantity, negative on a return line
 * @param unitPrice   the unit price in yen, always positive
 * @param subtotal    quantity × unit price, negative on a return line
 * @param kind        whether the row is an order line or a return line
 */
public record OrderLine(String orderId, LocalDateTime dateTime, String customerId, String productCode,
                        String productName, String category, int quantity, int unitPrice, long subtotal,
                        Kind kind) {

    /** The kind of a row, with the Japanese label of the 区分 column. */
    public enum Kind {
        /** An order line (受注). */
        ORDER("受注"),
        /** A return line (返品). */
        RETURN("返品");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the Japanese label written in the 区分 column */
        public String label() {
            return label;
        }

        /**
         * Parses a 区分 label.
         *
         * @param label {@code 受注} or {@code 返品}
         * @return the kind
         * @throws IllegalArgumentException for any other text
         */
        public static Kind ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown 区分 " + label);
        }
    }

    /**
     * Creates a line of a product at a unit price.
     *
     * @param orderId    the order number
     * @param dateTime   the row's timestamp
     * @param customerId the member number
     * @param product    the product
     * @param quantity   the quantity (negative for a return)
     * @param unitPrice  the unit price in yen
     * @param kind       order or return
     * @return the line, with its subtotal
     */
    static OrderLine of(String orderId, LocalDateTime dateTime, String customerId, Product product,
                        int quantity, int unitPrice, Kind kind) {
        return new OrderLine(orderId, dateTime, customerId, product.code(), product.name(), product.category(),
                quantity, unitPrice, (long) quantity * unitPrice, kind);
    }
}
