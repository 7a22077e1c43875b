package fangrid.analysis;

import fangrid.domain.GridThresholds;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Computes the views' aggregates from {@link CustomerColumns} over any filter (a Tablesaw {@link Selection} of
 * customer indices, or null for everyone), in one pass over primitive arrays.
 */
public final class Aggregates {
    private final CustomerColumns cols;

    public Aggregates(CustomerColumns cols) {
        this.cols = cols;
    }

    public CustomerColumns columns() {
        return cols;
    }

    /** The R × F grid of the buyers in {@code filter}. */
    public GridSummary grid(GridThresholds thresholds, Selection filter) {
        int[] customers = new int[9];
        double[] sales = new double[9];
        for (int i = 0; i < cols.size; i++) {
            if (cols.frequency[i] > 0 && in(filter, i)) {
                int cell = (thresholds.recencyBand(cols.recencyDays[i]) - 1) * 3 + GridThresholds.frequencyBand(cols.frequency[i]) - 1;
                customers[cell]++;
                sales[cell] += cols.monetary[i];
            }
        }
        return new GridSummary(cols.base, customers, sales);
    }

    /** The favorability × usage matrix of the people in {@code filter} whose usage level is known. */
    public MatrixSummary matrix(Selection filter) {
        int[][] counts = new int[8][6];
        for (int i = 0; i < cols.size; i++) {
            if (cols.usage[i] >= 0 && in(filter, i)) {
                counts[Math.max(cols.favorability[i], 0)][cols.usage[i]]++;
            }
        }
        return new MatrixSummary(cols.base, counts);
    }

    /** The first-category KPI over {@code filter}; the base stays the whole customer base. */
    public FirstCategorySummary firstCategory(Selection filter) {
        int first = 0;
        int respondents = 0;
        int oneStepUsage = 0;
        int oneStepLiking = 0;
        for (int i = 0; i < cols.size; i++) {
            if (!in(filter, i)) {
                continue;
            }
            if (cols.respondent[i]) {
                respondents++;
            }
            byte u = cols.usage[i];
            byte f = cols.favorability[i];
            if (u == 5 && f >= 6) {
                first++;
            } else if (u == 4 && f >= 6) {
                oneStepUsage++;
            } else if (u == 5 && f == 5) {
                oneStepLiking++;
            }
        }
        return new FirstCategorySummary(first, cols.base, respondents, oneStepUsage, oneStepLiking);
    }

    /**
     * Customers per communication activity under the default cell mapping, indexed by activity number 1–4
     * (index 0 unused): activity 1 is everyone without a purchase.
     */
    public int[] activityCustomers(GridThresholds thresholds, Selection filter) {
        int[] out = new int[5];
        for (int i = 0; i < cols.size; i++) {
            if (!in(filter, i)) {
                continue;
            }
            out[cols.frequency[i] > 0
                    ? thresholds.cellOf(cols.recencyDays[i], cols.frequency[i]).defaultActivity().number()
                    : fangrid.domain.Activity.CONVERT_PROSPECTS.number()]++;
        }
        return out;
    }

    /** The customers of one grid cell, as a filter for the other views. */
    public Selection gridCell(GridThresholds thresholds, fangrid.domain.GridCell cell) {
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.frequency[i] > 0 && in(null, i) && thresholds.cellOf(cols.recencyDays[i], cols.frequency[i]).equals(cell)) {
                s.add(i);
            }
        }
        return s;
    }

    private boolean in(Selection filter, int i) {
        return cols.exists[i] && (filter == null || filter.contains(i));
    }
}
