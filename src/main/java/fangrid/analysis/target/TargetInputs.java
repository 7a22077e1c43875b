package fangrid.analysis.target;

import fangrid.domain.CustomerGroup;

/**
 * What a mailing costs and earns, and how its customers are grouped.
 *
 * @param costPerContact cost of one contact in yen, at least 0
 * @param marginPercent  gross margin on net sales in percent, 0–100
 * @param horizonDays    the days after a contact whose purchases count as its response, 1–3650
 * @param by             the grouping ranked
 */
public record TargetInputs(double costPerContact, double marginPercent, int horizonDays, TargetGrouping by) {
    /** The horizon unless one is given: a quarter. */
    public static final int DEFAULT_HORIZON_DAYS = 90;
    /** The longest horizon accepted: ten years. */
    public static final int MAX_HORIZON_DAYS = 3650;

    /** Refuses what no mailing can be, saying why (IllegalArgumentException). */
    public TargetInputs {
        if (!(costPerContact >= 0) || Double.isInfinite(costPerContact)) {
            throw new IllegalArgumentException("the cost per contact must be 0 yen or more, not " + costPerContact);
        }
        if (!(marginPercent >= 0 && marginPercent <= 100)) {
            throw new IllegalArgumentException("the gross margin must be between 0 and 100 %, not " + marginPercent);
        }
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("the horizon must be 1 to " + MAX_HORIZON_DAYS + " days, not "
                    + horizonDays);
        }
        if (by == null) {
            throw new IllegalArgumentException("a grouping is needed");
        }
    }

    /** The gross margin as a fraction. */
    public double margin() {
        return marginPercent / 100;
    }

    /** Expected profit of one contact whose expected net sales are {@code sales}: margin × sales − cost. */
    public double profit(double sales) {
        return margin() * sales - costPerContact;
    }

    /** The net sales per contact at which a contact pays for itself: cost ÷ margin (infinite at a margin of 0). */
    public double breakEvenSales() {
        return costPerContact == 0 ? 0 : costPerContact / margin();
    }

    /** The recommended set of these inputs as a group like any other. */
    public CustomerGroup.Target group() {
        return new CustomerGroup.Target(by.id(), costPerContact, marginPercent, horizonDays);
    }
}
