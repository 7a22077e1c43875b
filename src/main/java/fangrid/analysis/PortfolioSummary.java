package fangrid.analysis;

import fangrid.domain.CpmCell;

/**
 * The CPM cells and the rank-down risk over a set of customers.
 *
 * @param base           the whole customer base (the denominator of "% of base")
 * @param people         the people it is of (a filter's group; the base when unfiltered)
 * @param cpmCustomers   customers per CPM cell, by {@link CpmCell#index()}
 * @param cpmSales       net sales per CPM cell
 * @param atRisk         customers at risk of ranking down
 * @param atRiskThisWeek customers crossing the line within the next seven days
 */
public record PortfolioSummary(int base, int people, int[] cpmCustomers, double[] cpmSales, int atRisk,
                               int atRiskThisWeek) {
    public int customers(CpmCell cell) {
        return cpmCustomers[cell.index()];
    }

    public double sales(CpmCell cell) {
        return cpmSales[cell.index()];
    }

    /** The cell's customers as a share (0–1) of the people it is of. */
    public double shareOfGroup(CpmCell cell) {
        return people == 0 ? 0 : (double) customers(cell) / people;
    }

    /** The cell's customers as a share (0–1) of the whole base. */
    public double shareOfBase(CpmCell cell) {
        return base == 0 ? 0 : (double) customers(cell) / base;
    }

    /** The cell's net sales as a share (0–1) of the cells' net sales. */
    public double shareOfSales(CpmCell cell) {
        double total = 0;
        for (double s : cpmSales) {
            total += s;
        }
        return total == 0 ? 0 : sales(cell) / total;
    }
}
