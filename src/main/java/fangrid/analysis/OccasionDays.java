package fangrid.analysis;

import java.time.LocalDate;

/**
 * Read access to each customer's purchase days by index, for the purchase models: distinct days with a purchase
 * occasion, the first and the last, and the net sales of the orders after the first day (returns netted).
 */
public final class OccasionDays {
    private final CustomerColumns c;

    OccasionDays(CustomerColumns c) {
        this.c = c;
    }

    /** The analysis date: the days before it are observed. */
    public LocalDate asOf() {
        return c.asOf;
    }

    public int size() {
        return c.size;
    }

    /** Whether index {@code i} is in the base at the analysis date. */
    public boolean inBase(int i) {
        return c.inBase[i];
    }

    /** Distinct days with a purchase occasion (several on one day count once); 0 for people who never bought. */
    public int purchaseDays(int i) {
        return c.purchaseDays[i];
    }

    /** The epoch day of the first purchase occasion; {@link CustomerColumns#NONE} without one. */
    public int firstPurchaseDay(int i) {
        return c.firstPurchaseDay[i];
    }

    /** The epoch day of the last purchase occasion; {@link CustomerColumns#NONE} without one. */
    public int lastPurchaseDay(int i) {
        return c.lastPurchaseDay[i];
    }

    /** Net sales of the orders dated after the first purchase day, returns included. */
    public double repeatNet(int i) {
        return c.repeatNet[i];
    }
}
