package fangrid.analysis;

import java.time.LocalDate;
import java.util.List;

/** One event of a customer's timeline (see {@link AnalysisService#timeline}): a purchase, a return or a survey answer. */
public sealed interface TimelineEvent permits TimelineEvent.Purchase, TimelineEvent.Return, TimelineEvent.Answer {
    /** The event's date; null only for a survey answer given without one. */
    LocalDate date();

    /**
     * One order's purchase lines (or, without order ids, one day's).
     *
     * @param date     its earliest purchase line's date
     * @param orderId  null when the data has no order ids
     * @param amount   the purchase lines' amount, before any return (those are {@link Return} events)
     * @param items    items bought (lines without a quantity count as one)
     * @param products the distinct product names (the code where a line has no name), in line order
     */
    record Purchase(LocalDate date, String orderId, double amount, double items, List<String> products) implements TimelineEvent {
    }

    /**
     * The return lines of one order on one day.
     *
     * @param orderId the order the lines belong to (a return may carry its own id, e.g. C536379); null without ids
     * @param amount  the amount returned, positive
     */
    record Return(LocalDate date, String orderId, double amount) implements TimelineEvent {
    }

    /**
     * A survey answer; each scale is {@link CustomerColumns#NONE} where the person did not answer it.
     *
     * @param favorability 1–7
     * @param usageLevel   0–5, as the person answered it
     * @param expectation  pre-purchase expectation, on the survey's scale
     * @param evaluation   post-purchase evaluation, on the same scale
     * @param comment      the free-text comment, or null
     */
    record Answer(LocalDate date, int favorability, int usageLevel, int expectation, int evaluation, String comment)
            implements TimelineEvent {
    }
}
