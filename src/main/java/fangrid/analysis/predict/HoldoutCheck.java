package fangrid.analysis.predict;

import fangrid.analysis.Analysis;
import fangrid.analysis.OccasionDays;
import java.time.LocalDate;

/**
 * A holdout check: the models fitted on the purchases before a cutoff, their expected purchases over the period
 * after it against the purchase days actually made then, per customer's repeat purchases before the cutoff
 * (0, 1, … 6, 7 or more), as lifetimes' calibration-versus-holdout plot.
 *
 * @param cutoff     the first day of the holdout period; the fit saw the days before it
 * @param days       the holdout period's length
 * @param fit        the models fitted up to the cutoff
 * @param customers  per bucket, the customers who had bought before the cutoff
 * @param actual     per bucket, the mean purchase days in the period
 * @param predicted  per bucket, the mean expected purchases in the period
 */
public record HoldoutCheck(LocalDate cutoff, int days, FittedModels fit, int[] customers, double[] actual,
                           double[] predicted) {
    /** The buckets: repeat purchases 0 to 6 each, then 7 or more. */
    public static final int BUCKETS = 8;

    /**
     * @param calibration the analysis at the cutoff (purchases before it)
     * @param observed    the analysis at the cutoff + {@code days}, whose purchases after the cutoff are the actual ones
     */
    public static HoldoutCheck of(Analysis calibration, Analysis observed, int days, ModelKind kind) {
        FittedModels fit = FittedModels.fit(calibration, kind);
        double[] expected = fit.expectedPurchasesByGroup(days);
        OccasionDays before = calibration.occasionDays();
        OccasionDays after = observed.occasionDays();
        int[] customers = new int[BUCKETS];
        double[] actual = new double[BUCKETS];
        double[] predicted = new double[BUCKETS];
        PurchaseHistories h = fit.histories();
        for (int i = 0; i < h.size(); i++) {
            if (!h.included(i)) {
                continue;
            }
            int bucket = Math.min(h.x(i), BUCKETS - 1);
            customers[bucket]++;
            actual[bucket] += after.purchaseDays(i) - before.purchaseDays(i);
            predicted[bucket] += expected[fit.groupOf(i)];
        }
        for (int b = 0; b < BUCKETS; b++) {
            if (customers[b] > 0) {
                actual[b] /= customers[b];
                predicted[b] /= customers[b];
            }
        }
        return new HoldoutCheck(calibration.asOf(), days, fit, customers, actual, predicted);
    }

    /** All customers' purchase days in the period, actual and expected: {@code {actual, predicted}}. */
    public double[] totals() {
        double a = 0;
        double p = 0;
        for (int b = 0; b < BUCKETS; b++) {
            a += actual[b] * customers[b];
            p += predicted[b] * customers[b];
        }
        return new double[] {a, p};
    }
}
