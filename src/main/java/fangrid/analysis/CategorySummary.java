package fangrid.analysis;

import fangrid.domain.GridCell;

/**
 * One category's customers at a glance, from the analysis restricted to its lines: the side-by-side row.
 *
 * @param name         the category ({@link fangrid.domain.AnalysisSettings#UNCATEGORISED} for lines without one)
 * @param customers    buyers of the category in the base
 * @param shareOfBase  those buyers as a share (0–1) of the shop's whole base
 * @param netSales     their net sales in the category
 * @param repeatRate   share (0–1) of the buyers with F ≥ 2 in the category
 * @param shareInR1    share of the buyers in the most recent band R1
 * @param oneTimeShare share of the buyers with a single purchase (F = 1): 1 − repeat rate
 */
public record CategorySummary(String name, int customers, double shareOfBase, double netSales, double repeatRate,
                              double shareInR1, double oneTimeShare) {
    /** The row of {@code analysis}, which is restricted to {@code name}'s lines. */
    public static CategorySummary of(String name, Analysis analysis) {
        GridSummary g = analysis.grid();
        int buyers = g.buyers();
        int oneTime = 0;
        int r1 = 0;
        for (int k = 1; k <= 3; k++) {
            oneTime += g.customers(new GridCell(k, 1));
            r1 += g.customers(new GridCell(1, k));
        }
        return new CategorySummary(name, buyers, g.base() == 0 ? 0 : (double) buyers / g.base(), g.totalSales(),
                share(buyers - oneTime, buyers), share(r1, buyers), share(oneTime, buyers));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
