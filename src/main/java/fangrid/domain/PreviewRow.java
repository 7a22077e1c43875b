package fangrid.domain;

import java.util.Map;

/** One row of a file as an import would read it, by field: what each value becomes, and what is wrong with it. */
public record PreviewRow(long rowNumber, Map<Field, Cell> cells) {
    /** One previewed value: the text shown, and what the import would do about it (null: it is read as shown). */
    public record Cell(String text, Problem problem) {
    }

    /** What is wrong with a previewed value; {@link #text()} in English, the dialog words it by its key. */
    public enum Problem implements Translatable {
        NO_CUSTOMER_ID("noCustomerId", "no customer id: the row is skipped"),
        NOT_A_DATE("notADate", "not a date"),
        CONTROL_CHARACTER("controlCharacter", "a control character: the row is refused"),
        DATE_OUTSIDE_RANGE("dateOutsideRange", "a date after today or before 1900: the row is refused unless accepted"),
        NOT_A_NUMBER("notANumber", "not a number"),
        NOT_A_FAVORABILITY_LEVEL("notAFavorabilityLevel", "not a favorability level"),
        NOT_A_USAGE_LEVEL("notAUsageLevel", "not a usage level"),
        NOT_A_PRODUCT_ROLE("notAProductRole", "not a product role");

        private final String key;
        private final String text;

        Problem(String key, String text) {
            this.key = key;
            this.text = text;
        }

        /** The problem in English, as the command line and logs say it. */
        public String text() {
            return text;
        }

        @Override
        public String messageKey() {
            return "import.problem." + key;
        }
    }
}
