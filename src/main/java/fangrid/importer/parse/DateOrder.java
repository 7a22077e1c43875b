package fangrid.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a column writes dates like {@code 3/4/2024}: month first (US, UCI Online Retail) or day first (UK, EU).
 * Decided per column from its values: a first number above 12 means day first, a second above 12 month first.
 */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST;

    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}).*");

    /** Gathers evidence from a column's values. */
    public static final class Detector {
        private boolean dayFirstSeen;
        private boolean monthFirstSeen;
        private boolean slashedSeen;

        public void add(String value) {
            if (value == null) {
                return;
            }
            Matcher m = SLASHED.matcher(ValueParsers.fold(value));
            if (m.matches()) {
                slashedSeen = true;
                dayFirstSeen |= Integer.parseInt(m.group(1)) > 12;
                monthFirstSeen |= Integer.parseInt(m.group(2)) > 12;
            }
        }

        /** Day first only when the data says so; month first otherwise (also when it cannot tell). */
        public DateOrder result() {
            return dayFirstSeen && !monthFirstSeen ? DAY_FIRST : MONTH_FIRST;
        }

        /** Whether any value was written day and month before the year, so that the order matters. */
        public boolean relevant() {
            return slashedSeen;
        }

        /** Whether the values seen allow both orders (every day and month ≤ 12), so the choice is a default. */
        public boolean ambiguous() {
            return !dayFirstSeen && !monthFirstSeen;
        }
    }
}
