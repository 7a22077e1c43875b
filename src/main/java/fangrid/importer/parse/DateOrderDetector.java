package fangrid.importer.parse;

import fangrid.domain.DateOrder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides a column's {@link DateOrder} from its values: gathers the evidence value by value. */
public final class DateOrderDetector {
    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}).*");

    private boolean dayFirstSeen;
    private boolean monthFirstSeen;
    private boolean slashedSeen;

    /** Takes one value of the column into account. */
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
        return dayFirstSeen && !monthFirstSeen ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
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
