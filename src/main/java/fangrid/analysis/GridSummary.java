package fangrid.analysis;

import fangrid.domain.GridCell;

/**
 * The R × F grid over a set of customers: per cell customers, % of base (or of the group), net sales and % of sales.
 *
 * @param base       the whole customer base (the denominator of "% of base")
 * @param people     the people the grid is of, buyers or not (a filter's group; the base when unfiltered)
 * @param customers  customers per cell, by {@link GridCell#index()}
 * @param sales      net sales per cell
 * @param baseSales  the whole base's net sales in the grid (the denominator of "% of all sales")
 */
public record GridSummary(int base, int people, int[] customers, double[] sales, double baseSales) {
    public int customers(GridCell cell) {
        return customers[cell.index()];
    }

    public double sales(GridCell cell) {
        return sales[cell.index()];
    }

    /** Buyers in the grid. */
    public int buyers() {
        int n = 0;
        for (int c : customers) {
            n += c;
        }
        return n;
    }

    public double totalSales() {
        double s = 0;
        for (double v : sales) {
            s += v;
        }
        return s;
    }

    /** The cell's customers as a share (0–1) of the whole base. */
    public double shareOfBase(GridCell cell) {
        return base == 0 ? 0 : (double) customers(cell) / base;
    }

    /** The cell's customers as a share (0–1) of the people the grid is of. */
    public double shareOfGroup(GridCell cell) {
        return people == 0 ? 0 : (double) customers(cell) / people;
    }

    /** The cell's net sales as a share (0–1) of the whole base's net sales. */
    public double shareOfBaseSales(GridCell cell) {
        return baseSales == 0 ? 0 : sales(cell) / baseSales;
    }

    /** The cell's net sales as a share (0–1) of the grid's net sales (the group's, when filtered). */
    public double shareOfSales(GridCell cell) {
        double total = totalSales();
        return total == 0 ? 0 : sales(cell) / total;
    }
}
