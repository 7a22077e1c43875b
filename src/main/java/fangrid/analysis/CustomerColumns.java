package fangrid.analysis;

import java.time.LocalDate;

/**
 * Every person of a project as primitive columns, index {@code i} = customer key − 1, built once per analysis date.
 * No per-customer objects: aggregates are tight loops over these arrays.
 */
public final class CustomerColumns {
    /** Marks "no value" in {@link #recencyDays} and the byte columns. */
    public static final int NONE = -1;

    final LocalDate asOf;
    /** The length of the columns: the highest customer key. */
    final int size;
    /** Whether key i + 1 is a person of the project (an undone import can leave gaps). */
    final boolean[] exists;
    final int base;
    /** Days from the last purchase to the analysis date; NONE for people who never bought. */
    final int[] recencyDays;
    /** Distinct purchase occasions (DOMAIN.md). */
    final int[] frequency;
    /** Net sales: orders minus returns. */
    final double[] monetary;
    /** Usage level 0–5: observed from purchases, else from the survey; NONE when unknown. */
    final byte[] usage;
    /** Favorability 1–7 from the latest survey answer; NONE without one. */
    final byte[] favorability;
    /** Whether the person answered the survey. */
    final boolean[] respondent;
    final int usageDisagreements;

    CustomerColumns(LocalDate asOf, int size, boolean[] exists, int[] recencyDays, int[] frequency, double[] monetary, byte[] usage,
                    byte[] favorability, boolean[] respondent, int usageDisagreements) {
        this.asOf = asOf;
        this.size = size;
        this.exists = exists;
        int n = 0;
        for (boolean e : exists) {
            n += e ? 1 : 0;
        }
        this.base = n;
        this.recencyDays = recencyDays;
        this.frequency = frequency;
        this.monetary = monetary;
        this.usage = usage;
        this.favorability = favorability;
        this.respondent = respondent;
        this.usageDisagreements = usageDisagreements;
    }

    /** The analysis date: only transactions before it count. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The length of the columns (the highest customer key); not every index need be a person. */
    public int size() {
        return size;
    }

    /** Everyone the project knows: the whole customer base. */
    public int base() {
        return base;
    }

    /** Whether index {@code i} is a person of the project. */
    public boolean exists(int i) {
        return exists[i];
    }

    /** How many buyers' survey usage answer disagreed with their purchases (the purchases win). */
    public int usageDisagreements() {
        return usageDisagreements;
    }

    public boolean isBuyer(int i) {
        return frequency[i] > 0;
    }

    /** Usage 5 × favorability 6 or 7 (ファーストカテゴリー). */
    public boolean isFirstCategory(int i) {
        return usage[i] == 5 && favorability[i] >= 6;
    }
}
