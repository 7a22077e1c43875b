package fangrid.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a project holding a customer summary instead of order lines cannot show: the summary was aggregated for one
 * analysis date over all history, so another date (a migration's earlier one, a plan's start, a target backtest), a
 * window of the last N months or one product category would need the order lines. Refused with this rather than
 * shown with wrong figures. An {@link IllegalArgumentException}: like any date the analysis cannot take.
 */
public final class SummaryOnlyException extends IllegalArgumentException implements Translatable {
    private static final long serialVersionUID = 1L;

    /** What was asked of the summary. */
    public enum Asked {
        /** An analysis date other than the summary's. */
        DATE("summaryOnly.date"),
        /** Only the last N months. */
        WINDOW("summaryOnly.window"),
        /** One product category. */
        CATEGORY("summaryOnly.category"),
        /** Where customers stood at earlier dates: the migration between two dates and its month-end snapshots. */
        HISTORY("summaryOnly.history"),
        /** One customer's purchases and returns, line by line. */
        TIMELINE("summaryOnly.timeline");

        private final String key;

        Asked(String key) {
            this.key = key;
        }
    }

    private final Asked asked;
    private final LocalDate summaryAsOf;
    private final transient Object value;

    /**
     * @param summaryAsOf the summary's analysis date
     * @param value       what was asked: the date, the months or the category; null for the history or a timeline
     */
    public SummaryOnlyException(Asked asked, LocalDate summaryAsOf, Object value) {
        super(english(asked, summaryAsOf, value));
        this.asked = asked;
        this.summaryAsOf = summaryAsOf;
        this.value = value;
    }

    private static String english(Asked asked, LocalDate asOf, Object value) {
        String what = switch (asked) {
            case DATE -> "the analysis date " + value;
            case WINDOW -> "the last " + value + " months only";
            case CATEGORY -> "the category \"" + value + "\" only";
            case HISTORY -> "where customers stood at an earlier date (migration, month-end snapshots)";
            case TIMELINE -> "a customer's purchases one by one (timeline)";
        };
        return "This project holds a customer summary as of " + asOf + " instead of order lines: " + what
                + " cannot be shown without the order lines (the summary counts all history before " + asOf
                + "). Analyse at " + asOf + " over all history, or import the order lines into a project.";
    }

    public Asked asked() {
        return asked;
    }

    @Override
    public String messageKey() {
        return asked.key;
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(summaryAsOf.toString(), String.valueOf(value));
    }
}
