package fangrid.domain;

/**
 * Why an import left a row out on purpose (not a row it could not read). {@link #text()} is the command line's
 * English; the window words it by {@link #messageKey()}.
 */
public enum SkipReason implements Translatable {
    /** No customer id: a guest order, or a survey answer nobody can be matched to. */
    NO_CUSTOMER_ID("noCustomerId", "no customer id"),
    /** A catalog row without a product code. */
    NO_PRODUCT_CODE("noProductCode", "no product code"),
    /** A line an earlier import of an overlapping export already stored. */
    ALREADY_IMPORTED("alreadyImported", "already in the project (overlapping export)");

    private final String key;
    private final String text;

    SkipReason(String key, String text) {
        this.key = key;
        this.text = text;
    }

    /** The reason in English, as the command line prints it. */
    public String text() {
        return text;
    }

    @Override
    public String messageKey() {
        return "import.skip." + key;
    }

    @Override
    public String toString() {
        return text;
    }
}
