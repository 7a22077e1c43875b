package fangrid.domain;

/** The kinds of file a shop brings. */
public enum DataKind {
    TRANSACTIONS, CUSTOMERS, SURVEY, CATALOG;

    /** The name used on the command line and in the import log, e.g. {@code transactions}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
