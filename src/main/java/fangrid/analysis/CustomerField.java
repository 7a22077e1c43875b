package fangrid.analysis;

/** The columns of the customer table that segment detail can sort by (see {@link CustomerRows#sortedBy}). */
public enum CustomerField {
    CUSTOMER_ID, RECENCY, FREQUENCY, MONETARY, RFM_SCORE, GRID_CELL, DECILE, USAGE, FAVORABILITY,
    DAYS_SINCE_FIRST_PURCHASE, RETURN_RATE;

    /** Whether the values are decimals ({@link CustomerTable#monetary}, {@link CustomerTable#returnRate}). */
    boolean isDecimal() {
        return this == MONETARY || this == RETURN_RATE;
    }
}
