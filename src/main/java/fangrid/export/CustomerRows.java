package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.domain.CustomerContacts;
import java.time.LocalDate;

/**
 * What a customer row is read from: one analysis's table (ids included) and, when the project has them, contacts.
 *
 * @param contacts names, emails and phones, or null
 * @param asOf     the analysis date (null without transactions), for the purchase dates
 */
record CustomerRows(CustomerTable table, CustomerContacts contacts, LocalDate asOf) {
    /** The date {@code days} before the analysis date, or null for "no value" (negative days). */
    LocalDate daysBefore(int days) {
        return days < 0 || asOf == null ? null : asOf.minusDays(days);
    }
}
