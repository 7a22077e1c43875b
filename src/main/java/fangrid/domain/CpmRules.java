package fangrid.domain;

/**
 * The thresholds of the CPM cells (LTV-Lab's published rules by default); stored with the project. Tenure is the days
 * from the first to the latest purchase.
 *
 * @param lapsedDays       days without a purchase from which a customer is lapsed (離脱); 240
 * @param steadyTenureDays tenure from which a repeat customer is past よちよち (コツコツ, 流行); 90
 * @param loyalTenureDays  tenure from which a big spender is 優良 rather than 流行; 210
 * @param amount           cumulative net sales up to which a customer is コツコツ, above which 流行 or 優良; ¥70,000
 */
public record CpmRules(int lapsedDays, int steadyTenureDays, int loyalTenureDays, double amount) {
    public static final CpmRules DEFAULT = new CpmRules(240, 90, 210, 70_000);

    public CpmRules {
        if (lapsedDays < 1 || steadyTenureDays < 1 || loyalTenureDays <= steadyTenureDays || !(amount >= 0)) {
            throw new IllegalArgumentException("CPM thresholds need lapse ≥ 1 day, 1 ≤ steady tenure < loyal tenure and an"
                    + " amount ≥ 0: " + lapsedDays + ", " + steadyTenureDays + ", " + loyalTenureDays + ", " + amount);
        }
    }

    /**
     * The cell of a buyer with {@code occasions} ≥ 1 purchase occasions, {@code tenureDays} from the first to the latest,
     * the latest {@code recencyDays} before the analysis date and {@code netSales} in all.
     */
    public CpmCell cellOf(int occasions, int tenureDays, int recencyDays, double netSales) {
        return CpmCell.ofIndex(cellIndexOf(occasions, tenureDays, recencyDays, netSales));
    }

    /**
     * {@link #cellOf}'s {@link CpmCell#index()}, without making a cell: classifying 2 M customers made 4 M objects
     * (0.3 s of the opening's CPU with C1, which does not take them away).
     */
    public int cellIndexOf(int occasions, int tenureDays, int recencyDays, double netSales) {
        CpmStage stage;
        if (occasions <= 1) {
            stage = CpmStage.FIRST;
        } else if (tenureDays < steadyTenureDays) {
            stage = CpmStage.BUDDING;
        } else if (netSales <= amount) {
            stage = CpmStage.STEADY;
        } else {
            stage = tenureDays < loyalTenureDays ? CpmStage.TRENDY : CpmStage.LOYAL;
        }
        return CpmCell.index(stage, recencyDays >= lapsedDays);
    }
}
