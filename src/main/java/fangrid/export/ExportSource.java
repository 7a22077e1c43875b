package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.predict.CustomerScores;
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
 * @param scores       the purchase models' scores for the model columns, or null (left empty)
 * @param names        the real ids and contacts, or demo mode's pseudonyms
 */
record ExportSource(CustomerTable table, CustomerContacts contacts, LocalDate asOf, Presentation presentation,
                    PlanPlacement plan, CustomerScores scores, CustomerNames names) {
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

    /**
     * A model score of customer {@code i}, or NaN where there is none to state with confidence: no scores, no
     * purchase before the date, too short a history, or a degenerate fit (the command says why in words).
     */
    double score(int i, ScoreValue value) {
        if (scores == null || !scores.scored(i) || scores.historyTooShort(i)
                || scores.models().assessment().degenerate()) {
            return Double.NaN;
        }
        return value.of(scores, i);
    }

    /** One of the scores, e.g. {@code CustomerScores::clv}. */
    interface ScoreValue {
        double of(CustomerScores scores, int i);
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
