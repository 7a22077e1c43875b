package fangrid.analysis;

/**
 * Customers and net sales per decile (index 0 = D1 … 9 = D10) of the customers in a filter.
 *
 * @param customers customers per decile
 * @param sales     net sales per decile
 */
public record DecileSummary(int[] customers, double[] sales) {
    public double totalSales() {
        double s = 0;
        for (double v : sales) {
            s += v;
        }
        return s;
    }

    /** Decile {@code d}'s (1–10) share (0–1) of the net sales. */
    public double shareOfSales(int d) {
        double total = totalSales();
        return total == 0 ? 0 : sales[d - 1] / total;
    }
}
