package fangrid.domain;

/**
 * The kinds of file a shop brings. {@link #CUSTOMER_SUMMARY} is not a shop's file but the per-customer aggregation
 * of its order lines, computed in another engine by the SQL in {@code src/main/resources/sql/}: it stands in for the
 * order lines of a history too large for a laptop.
 */
public enum DataKind {
    TRANSACTIONS, CUSTOMERS, SURVEY, CATALOG, CUSTOMER_SUMMARY;

    /** The name used on the command line and in the import log, e.g. {@code transactions}, {@code customer-summary}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
