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
 * @param firstCategoryShare the category's first-category share of the base (its buyers with usage 5 from the
 *                     category's purchases × favorability 6–7, as the category's headline shows it); NaN without survey
 *                     answers
 */
public record CategorySummary(String name, int customers, double shareOfBase, double netSales, double repeatRate,
                              double shareInR1, double oneTimeShare, double firstCategoryShare) {
    /** Whether the first-category share is known: the project has survey answers. */
    public boolean hasFirstCategoryShare() {
        return !Double.isNaN(firstCategoryShare);
    }

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
        FirstCategorySummary first = analysis.firstCategory();
        return of(name, buyers, g.base(), g.totalSales(), oneTime, r1,
                first.respondents() == 0 ? -1 : first.firstCategory());
    }

    /** The row from its counts; {@code firstCategory} is −1 without survey answers. */
    static CategorySummary of(String name, int buyers, int base, double netSales, int oneTime, int r1, int firstCategory) {
        return new CategorySummary(name, buyers, base == 0 ? 0 : (double) buyers / base, netSales,
                share(buyers - oneTime, buyers), share(r1, buyers), share(oneTime, buyers),
                firstCategory < 0 ? Double.NaN : share(firstCategory, base));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
