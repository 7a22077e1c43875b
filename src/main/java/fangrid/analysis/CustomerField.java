package fangrid.analysis;

/** The columns of the customer table that segment detail can sort by (see {@link CustomerRows#sortedBy}). */
public enum CustomerField {
    CUSTOMER_ID, RECENCY, FREQUENCY, MONETARY, RFM_SCORE, GRID_CELL, DECILE, USAGE, FAVORABILITY,
    DAYS_SINCE_FIRST_PURCHASE, RETURN_RATE,
    MEDIAN_INTERVAL, REGULARITY, DAYS_OVERDUE, NEXT_PURCHASE_DUE, VALUE_AT_RISK, CPM;

    /** Whether the values are decimals (net sales, return rate, median interval, its variation, value at risk). */
    boolean isDecimal() {
        return this == MONETARY || this == RETURN_RATE || this == MEDIAN_INTERVAL || this == REGULARITY
                || this == VALUE_AT_RISK;
    }
}
