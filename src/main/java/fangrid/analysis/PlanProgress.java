package fangrid.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * How a plan's tiers are doing at a date inside (or after) the period: per tier, its customers, how many bought
 * since the start and their net sales since then, against the prediction, and who has not bought yet.
 *
 * @param asOf  the date the progress is counted to (exclusive): the analysis date, at most the plan's end
 * @param tiers top first
 */
public record PlanProgress(LocalDate asOf, List<Tier> tiers) {
    public PlanProgress {
        tiers = List.copyOf(tiers);
    }

    /**
     * One tier's progress.
     *
     * @param expectedSales its customers' predicted net sales over the whole period
     * @param netSales      their net sales since the start (returns since then subtract)
     * @param notBought     its customers with no purchase occasion since the start
     */
    public record Tier(int number, int customers, int bought, double netSales, double expectedSales,
                       Selection notBought) {
        /** The share of customers who bought since the start, 0 for an empty tier. */
        public double boughtShare() {
            return customers == 0 ? 0 : (double) bought / customers;
        }

        /** Net sales since the start as a share of the period's prediction, NaN without a prediction. */
        public double salesAgainstPrediction() {
            return expectedSales <= 0 ? Double.NaN : netSales / expectedSales;
        }
    }

    /**
     * Counts {@code plan}'s tiers between two loads of all history: {@code before} at the plan's start and
     * {@code after} at the date to count to.
     */
    public static PlanProgress of(PlanPlacement plan, CustomerColumns before, CustomerColumns after) {
        int k = plan.tierCount();
        int[] customers = new int[k];
        int[] bought = new int[k];
        double[] sales = new double[k];
        double[] expected = new double[k];
        List<Selection> waiting = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            waiting.add(new BitmapBackedSelection());
        }
        for (int i = 0; i < plan.size(); i++) {
            int t = plan.tier(i) - 1;
            if (t < 0 || i >= after.size) {
                continue;
            }
            customers[t]++;
            expected[t] += plan.expectedSales(i);
            int occasionsBefore = i < before.size ? before.frequency[i] : 0;
            double salesBefore = i < before.size ? before.monetary[i] : 0;
            sales[t] += after.monetary[i] - salesBefore;
            if (after.frequency[i] > occasionsBefore) {
                bought[t]++;
            } else {
                waiting.get(t).add(i);
            }
        }
        List<Tier> tiers = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            tiers.add(new Tier(t + 1, customers[t], bought[t], sales[t], expected[t], waiting.get(t)));
        }
        return new PlanProgress(after.asOf(), tiers);
    }
}
