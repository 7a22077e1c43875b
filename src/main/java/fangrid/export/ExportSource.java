package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.analysis.PlanPlacement;
import fangrid.domain.CustomerContacts;
import fangrid.domain.CustomerNames;
import java.time.LocalDate;

/**
 * What a customer file's rows are read from: one analysis's table (ids included), contacts when the project has
 * them, and how headers and values are worded.
 *
 * @param contacts     names, emails and phones, or null
 * @param asOf         the analysis date (null without transactions), for the purchase dates
 * @param presentation machine names and exact figures (command line) or the window's language and rounding
 * @param plan         the plan tiers and predicted period sales to write, or null for none
 * @param names        the real ids and contacts, or demo mode's pseudonyms
 */
record ExportSource(CustomerTable table, CustomerContacts contacts, LocalDate asOf, Presentation presentation,
                    PlanPlacement plan, CustomerNames names) {
    /** The id of index {@code i} as {@link #names} shows it. */
    String customerId(int i) {
        return names.id(i, table.customerId(i));
    }

    String name(int i) {
        return names.name(i, contacts.name(i));
    }

    String email(int i) {
        return names.email(i, contacts.email(i));
    }

    String phone(int i) {
        return names.phone(i, contacts.phone(i));
    }

    /** The date {@code days} before the analysis date, or null for "no value" (negative days). */
    LocalDate daysBefore(int days) {
        return days < 0 || asOf == null ? null : asOf.minusDays(days);
    }

    /** Index {@code i}'s plan tier (1 = top), 0 for none or without a plan. */
    int planTier(int i) {
        return plan == null ? 0 : plan.tier(i);
    }

    /** Index {@code i}'s predicted period sales, NaN where not predicted or without a plan. */
    double expectedSalesPeriod(int i) {
        return plan == null ? Double.NaN : plan.expectedSales(i);
    }
}
