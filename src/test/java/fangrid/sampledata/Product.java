package fangrid.sampledata;

import java.time.LocalDate;

/**
 * One product of the sample shop's catalog.
 *
 * @param code       the product code, e.g. {@code FG-S001}
 * @param name       the product name as printed on invoices (may hold windows-31j-only characters)
 * @param role       the product's role for the favorability × usage matrix
 * @param category   the product category, e.g. {@code スキンケア}
 * @param price      the unit price in yen (tax included) before {@code revisedOn}
 * @param revisedOn  the date of a price revision, or {@code null} when the price never changed
 * @param newPrice   the unit price in yen from {@code revisedOn} on (ignored without a revision)
 */
public record Product(String code, String name, Role role, String category,
                      int price, LocalDate revisedOn, int newPrice) {

    /** The role of a product, with the Japanese label used in {@code products.csv}. */
    public enum Role {
        /** The main product (本製品). */
        MAIN("本製品"),
        /** The cheap trial product (モニター). */
        TRIAL("モニター"),
        /** Any other product (その他). */
        OTHER("その他");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        /** @return the Japanese label written in {@code products.csv} */
        public String label() {
            return label;
        }
    }

    /**
     * The unit price charged on a given day.
     *
     * @param day the order day
     * @return the unit price in yen
     */
    public int priceOn(LocalDate day) {
        return revisedOn != null && !day.isBefore(revisedOn) ? newPrice : price;
    }
}
