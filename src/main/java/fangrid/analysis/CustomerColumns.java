package fangrid.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Every person of a project as primitive columns, index {@code i} = customer key − 1, built once per analysis date.
 * No per-customer objects: aggregates are tight loops over these arrays. Built by {@link CustomerColumnsLoader}.
 */
public final class CustomerColumns {
    /** Marks "no value" in the int and byte columns. */
    public static final int NONE = -1;
    /** Expectation vs evaluation (事前期待 vs 事後評価): evaluation below, equal to or above the expectation. */
    public static final byte DISSATISFIED = 0;
    public static final byte SATISFIED = 1;
    public static final byte DELIGHTED = 2;

    final LocalDate asOf;
    /** The length of the columns: the highest customer key. */
    final int size;
    /**
     * Whether index i is in the base at the analysis date: key i + 1 is a person of the project (an undone import can
     * leave gaps) known before that date. Set by {@link KnownSince}.
     */
    final boolean[] inBase;
    /** How many people are in the base. */
    int base;
    /** The epoch day each person became known (first order line, sign-up or dated answer); see {@link KnownSince}. */
    final int[] knownSince;
    /** Days from the last purchase to the analysis date; NONE for people who never bought. */
    final int[] recencyDays;
    /** Days from the first purchase to the analysis date; NONE for people who never bought. */
    final int[] daysSinceFirst;
    /** Distinct purchase occasions (DOMAIN.md). */
    final int[] frequency;
    /** Net sales: orders minus returns. */
    final double[] monetary;
    /** Items bought on purchase occasions (lines without a quantity count as one). */
    final double[] items;
    /** Orders with return lines, and the amount returned (positive). */
    final int[] returnOrders;
    final double[] returnAmount;
    /** Median days between consecutive purchase occasions; NaN with fewer than two. */
    final double[] medianInterval;
    /**
     * The coefficient of variation of those intervals (population SD / mean): how regular the customer is; NaN with
     * fewer than two intervals or a mean of 0.
     */
    final double[] intervalVariation;
    /** Buys in one season of the year (DOMAIN.md's seasonal segment). */
    final boolean[] seasonal;
    /** R's rfm package view: every line a transaction, the latest line's recency, the sum of all amounts. */
    final int[] lineCount;
    final int[] lineRecencyDays;
    final double[] lineAmount;
    /** Occasions with a main-product line, and whether any occasion had a trial product: the observed usage. */
    final int[] mainOccasions;
    final boolean[] trial;
    /** Usage level 0–5: observed from purchases, else from the survey; NONE when unknown. */
    final byte[] usage;
    /** Favorability 1–7 from the latest survey answer; NONE without one. */
    final byte[] favorability;
    /** Whether the person answered the survey. */
    final boolean[] respondent;
    /** DISSATISFIED, SATISFIED or DELIGHTED where the latest answer gives both expectation and evaluation; else NONE. */
    final byte[] expectationClass;
    /**
     * Whether the purchase columns come from a customer summary instead of order lines: what needs the lines (another
     * date, a timeline, the migration) cannot be shown.
     */
    public boolean fromSummary() {
        return fromSummary;
    }

    /** How many buyers' survey usage answer disagreed with their purchases; set by {@link SurveyColumns}. */
    int usageDisagreements;
    /** The epoch day of the third main-product occasion, MainOccasions.NEVER with fewer (the first-category trend). */
    final int[] thirdMainDay;
    /**
     * The purchase models' columns, set by {@link RepeatPurchases}: distinct purchase days, the first and last of them
     * (epoch days, NONE without), and the net of the orders after the first day.
     */
    final int[] purchaseDays;
    final int[] firstPurchaseDay;
    final int[] lastPurchaseDay;
    final double[] repeatNet;
    /** Whether the purchase columns were read from a customer summary ({@link SummaryColumns}), not order lines. */
    boolean fromSummary;
    /** Which stored chunks may hold each customer's order lines (a customer's timeline). */
    final CustomerChunks chunks = new CustomerChunks();

    /**
     * Empty columns, one per person index, for {@link CustomerColumnsLoader} to fill in place: each array exists
     * once, written by the step that computes it ({@link OrderTable}, {@link CustomerSums}, {@link OccasionPatterns},
     * {@link MainOccasions}, {@link SurveyColumns}, {@link KnownSince}, {@link RepeatPurchases}) and read as it is
     * by every aggregate.
     *
     * @param people whether key i + 1 is a person of the project; becomes {@link #inBase}
     */
    CustomerColumns(LocalDate asOf, boolean[] people) {
        this.asOf = asOf;
        this.size = people.length;
        this.inBase = people;
        knownSince = new int[size];
        Arrays.fill(knownSince, KnownSince.UNDATED);
        recencyDays = new int[size];
        daysSinceFirst = new int[size];
        frequency = new int[size];
        monetary = new double[size];
        items = new double[size];
        returnOrders = new int[size];
        returnAmount = new double[size];
        medianInterval = new double[size];
        intervalVariation = new double[size];
        seasonal = new boolean[size];
        lineCount = new int[size];
        lineRecencyDays = new int[size];
        // every line's amount is in exactly one order's net, so the R view's sum of amounts is the net
        lineAmount = monetary;
        mainOccasions = new int[size];
        trial = new boolean[size];
        usage = new byte[size];
        favorability = new byte[size];
        respondent = new boolean[size];
        expectationClass = new byte[size];
        thirdMainDay = new int[size];
        purchaseDays = new int[size];
        firstPurchaseDay = new int[size];
        lastPurchaseDay = new int[size];
        repeatNet = new double[size];
    }

    /**
     * Every column built from the project, once each ({@link #lineAmount} is {@link #monetary}), in the order
     * {@link StoredColumns} keeps them; a column added above is added here. The chunk masks come last.
     */
    List<Object> all() {
        return List.of(inBase, knownSince, recencyDays, daysSinceFirst, frequency, monetary, items, returnOrders,
                returnAmount, medianInterval, intervalVariation, seasonal, lineCount, lineRecencyDays, mainOccasions,
                trial, usage, favorability, respondent, expectationClass, thirdMainDay, purchaseDays,
                firstPurchaseDay, lastPurchaseDay, repeatNet, chunks.masks(size));
    }

    /** The analysis date: only transactions before it count. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The length of the columns (the highest customer key); not every index need be a person. */
    public int size() {
        return size;
    }

    /** The whole customer base: the people of the project known before the analysis date. */
    public int base() {
        return base;
    }

    /** Whether index {@code i} is in the base: a person of the project known before the analysis date. */
    public boolean inBase(int i) {
        return inBase[i];
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
