package fangrid.analysis.target;

import fangrid.domain.CustomerGroup;

/**
 * One ranked group (or customer) of a target selection.
 *
 * @param group            the group at the analysis date, or null for a single customer
 * @param customer         the customer index of a single customer, −1 for a group
 * @param id               the group's id or the customer's id
 * @param history          the response measured: the group's people at the earlier date and what they did within
 *                         the horizon after it
 * @param people           the group's people at the analysis date: who would be contacted
 * @param expectedSales    expected net sales per contact within the horizon (the model's, else the measured ones);
 *                         NaN when nothing is known
 * @param expectedProfit   margin × expected sales − cost, per contact
 * @param profitLow        the expected profit per contact at the low end of the measured sales' interval (NaN when
 *                         the expectation is a model's)
 * @param profitHigh       likewise at the high end
 * @param cumulativePeople the people contacted down to this row, ranked from best
 * @param cumulativeProfit their expected profit
 * @param recommended      whether the row is in the recommended selection (expected profit above 0)
 */
public record TargetRow(CustomerGroup group, int customer, String id, Response history, int people,
                        double expectedSales, double expectedProfit, double profitLow, double profitHigh,
                        long cumulativePeople, double cumulativeProfit, boolean recommended) {
    /** This row under another id. */
    TargetRow withId(String newId) {
        return new TargetRow(group, customer, newId, history, people, expectedSales, expectedProfit, profitLow,
                profitHigh, cumulativePeople, cumulativeProfit, recommended);
    }
}
