package fangrid.domain;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dates a file may hold without the user's say-so: from 1900 to today. A date outside is far more often a
 * placeholder or a slip (9999-12-31 for "no end", 2099 for 2009, Excel's day 0 as 1899-12-30) than a real order, and
 * a single one moves whatever is measured from the latest date (the default analysis date went to +10000-01-01).
 * The user may accept them: {@code --allow-future-dates}, or the import dialog's choice.
 *
 * @param earliest        the first date taken as it is
 * @param latest          the last date taken as it is: today, when the range was made
 * @param outsideAccepted whether dates outside are imported all the same (the import then counts them)
 */
public record DateRange(LocalDate earliest, LocalDate latest, boolean outsideAccepted) {
    /** No shop's order, customer or answer is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** From 1900-01-01 to today by {@code clock}: the machine's clock, or a fixed one in tests. */
    public static DateRange upToToday(Clock clock) {
        return new DateRange(EARLIEST, LocalDate.now(clock), false);
    }

    /** This range with dates outside accepted, or not. */
    public DateRange acceptingOutside(boolean accepted) {
        return new DateRange(earliest, latest, accepted);
    }

    /** Why {@code d} is outside the range, e.g. {@code after today (2025-06-30)}, or null when it is inside. */
    public String outside(LocalDate d) {
        if (d.isAfter(latest)) {
            return "after today (" + latest + ")";
        }
        if (d.isBefore(earliest)) {
            return "before " + earliest.getYear();
        }
        return null;
    }
}
