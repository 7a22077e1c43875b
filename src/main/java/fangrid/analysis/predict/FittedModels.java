package fangrid.analysis.predict;

import fangrid.analysis.Analysis;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * A purchase model and the Gamma-Gamma spend model fitted to one set of customer histories (a day the time unit),
 * with their assessment; scores come from here. Scores depend on (x, t_x, T) only, so they are computed once per
 * group of customers sharing it.
 */
public final class FittedModels {
    /** A customer whose first purchase is fewer days back than this has too short a history to score with confidence. */
    public static final int MIN_CUSTOMER_DAYS = 30;

    private final PurchaseHistories histories;
    private final GroupedHistories groups;
    private final PurchaseFit purchases;
    private final SpendFit spend;
    private final ModelAssessment assessment;
    private final double fallbackSpend;
    private final LocalDate asOf;

    private FittedModels(PurchaseHistories histories, GroupedHistories groups, PurchaseFit purchases, SpendFit spend,
                         LocalDate asOf) {
        this.asOf = asOf;
        this.histories = histories;
        this.groups = groups;
        this.purchases = purchases;
        this.spend = spend;
        this.assessment = ModelAssessment.of(purchases, spend);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < histories.size(); i++) {
            if (GammaGamma.Spenders.fits(histories, i)) {
                sum += histories.repeatSpend[i];
                n++;
            }
        }
        this.fallbackSpend = n > 0 ? sum / n : 0;
    }

    /** Fits {@code kind} and the spend model to the buyers of {@code analysis} (before its date). */
    public static FittedModels fit(Analysis analysis, ModelKind kind) {
        return fit(CustomerHistories.of(analysis), kind, analysis.asOf());
    }

    /**
     * Fits {@code kind} and the spend model to {@code histories}, whose time unit is a day.
     *
     * @param asOf the analysis date the histories end before, or null
     */
    public static FittedModels fit(PurchaseHistories histories, ModelKind kind, LocalDate asOf) {
        GroupedHistories groups = GroupedHistories.of(histories);
        PurchaseFit purchases = PurchaseFit.fit(kind, histories, groups);
        return new FittedModels(histories, groups, purchases, SpendFit.fit(histories), asOf);
    }

    /** The analysis date the fit's histories end before; null where not fitted on an analysis. */
    public LocalDate asOf() {
        return asOf;
    }

    public PurchaseHistories histories() {
        return histories;
    }

    public PurchaseFit purchases() {
        return purchases;
    }

    public SpendFit spend() {
        return spend;
    }

    /** How far the fit can be trusted; a degenerate one says why in words. */
    public ModelAssessment assessment() {
        return assessment;
    }

    /** How many distinct (x, t_x, T) groups the fit summed over. */
    public int groups() {
        return groups.groups;
    }

    /** Whether index {@code i} is a customer the models score (bought before the date). */
    public boolean scored(int i) {
        return histories.included[i];
    }

    /** Whether customer {@code i} first bought fewer than {@value #MIN_CUSTOMER_DAYS} days ago. */
    public boolean historyTooShort(int i) {
        return histories.included[i] && histories.age[i] < MIN_CUSTOMER_DAYS;
    }

    /**
     * Customer {@code i}'s expected order value: the spend model's conditional mean, or, where that model cannot be
     * used, their own mean repeat spend (everyone's where they have none); never below 0.
     */
    public double orderValue(int i) {
        int x = histories.x[i];
        double m = Math.max(0, histories.repeatSpend[i]);
        GammaGamma gg = spend.model();
        boolean usable = spend.spenders() >= ModelAssessment.MIN_REPEAT_BUYERS && gg.q() > 1;
        double value = usable ? gg.conditionalMeanSpend(x, m) : x > 0 && m > 0 ? m : fallbackSpend;
        return Math.max(0, value);
    }

    /** P(alive) of each group. */
    double[] pAliveByGroup() {
        PurchaseModel model = purchases.model();
        return IntStream.range(0, groups.groups).parallel()
                .mapToDouble(g -> model.pAlive(groups.x[g], groups.tx(g), groups.age(g))).toArray();
    }

    /** Expected purchases of each group in the next {@code days}. */
    double[] expectedPurchasesByGroup(double days) {
        PurchaseModel model = purchases.model();
        return IntStream.range(0, groups.groups).parallel()
                .mapToDouble(g -> model.expectedPurchases(days, groups.x[g], groups.tx(g), groups.age(g))).toArray();
    }

    /** Each group's lifetime value per unit of order value: discounted expected purchases month by month. */
    double[] discountedPurchasesByGroup(int months, double monthlyDiscount) {
        PurchaseModel model = purchases.model();
        return IntStream.range(0, groups.groups).parallel()
                .mapToDouble(g -> CustomerLifetimeValue.of(model, groups.x[g], groups.tx(g), groups.age(g), 1,
                        CustomerLifetimeValue.DAYS_PER_MONTH, months, monthlyDiscount)).toArray();
    }

    /** The group of customer {@code i}, −1 where not scored. */
    int groupOf(int i) {
        return groups.groupOf[i];
    }
}
