package fangrid.analysis.predict;

import fangrid.analysis.Analysis;
import fangrid.analysis.OccasionDays;

/**
 * Builds the models' {@link PurchaseHistories} from an analysis, a day being the time unit: the observation ends on
 * the day before the analysis date (only transactions before it count), as lifetimes' observation_period_end.
 */
public final class CustomerHistories {
    private CustomerHistories() {
    }

    /** The histories of everyone in {@code analysis}'s base who bought before its date. */
    public static PurchaseHistories of(Analysis analysis) {
        OccasionDays d = analysis.occasionDays();
        int size = d.size();
        boolean[] included = new boolean[size];
        int[] x = new int[size];
        double[] tx = new double[size];
        double[] age = new double[size];
        double[] spend = new double[size];
        if (analysis.hasTransactions()) {
            int lastObservedDay = (int) d.asOf().toEpochDay() - 1;
            for (int i = 0; i < size; i++) {
                if (d.inBase(i) && d.purchaseDays(i) > 0) {
                    included[i] = true;
                    x[i] = d.purchaseDays(i) - 1;
                    tx[i] = d.lastPurchaseDay(i) - d.firstPurchaseDay(i);
                    age[i] = lastObservedDay - d.firstPurchaseDay(i);
                    spend[i] = x[i] > 0 ? d.repeatNet(i) / x[i] : 0;
                }
            }
        }
        return new PurchaseHistories(included, x, tx, age, spend);
    }
}
