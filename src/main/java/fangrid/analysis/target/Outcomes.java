package fangrid.analysis.target;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import java.time.temporal.ChronoUnit;

/**
 * What each person did between an earlier analysis date and a later one: whether they bought (their last purchase
 * before the later date falls on or after the earlier one) and their net sales in between (the later analysis's net
 * sales minus the earlier one's: every order and return line dated in between). Both analyses count all history.
 */
final class Outcomes {
    private final CustomerTable then;
    private final CustomerTable now;
    private final long days;

    Outcomes(Analysis then, Analysis now) {
        this.then = then.customers();
        this.now = now.customers();
        this.days = ChronoUnit.DAYS.between(then.asOf(), now.asOf());
    }

    /** Whether person {@code i} was in the base at the earlier date. */
    boolean known(int i) {
        return i < then.size() && then.inBase(i);
    }

    boolean bought(int i) {
        int r = now.recencyDays(i);
        return r >= 1 && r <= days;
    }

    double sales(int i) {
        return now.monetary(i) - (known(i) ? then.monetary(i) : 0);
    }
}
