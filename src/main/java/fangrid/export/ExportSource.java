package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.domain.CustomerContacts;
import java.time.LocalDate;

/**
 * What a customer file's rows are read from: one analysis's table (ids included), contacts when the project has
 * them, and how headers and values are worded.
 *
 * @param contacts     names, emails and phones, or null
 * @param asOf         the analysis date (null without transactions), for the purchase dates
 * @param presentation machine names and exact figures (command line) or the window's language and rounding
 */
record ExportSource(CustomerTable table, CustomerContacts contacts, LocalDate asOf, Presentation presentation) {
    /** The date {@code days} before the analysis date, or null for "no value" (negative days). */
    LocalDate daysBefore(int days) {
        return days < 0 || asOf == null ? null : asOf.minusDays(days);
    }
}
