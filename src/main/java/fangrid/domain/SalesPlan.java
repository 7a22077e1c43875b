package fangrid.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A six-month plan (6ヶ月変わらない顧客セグメント) as stored in a project: from its start date, for {@code months}
 * months, every buyer at the start holds one tier, fixed for the whole period.
 *
 * @param margin    the hysteresis margin used against the previous plan: a customer left their previous tier only when
 *                  their place among the buyers passed the tier's edge by this share of the narrower tier there
 * @param method    how the period sales were predicted, in words
 * @param changed   how many customers of the previous plan are in another tier in this one; -1 without a previous plan
 * @param carried   how many customers were in both plans (the base of {@code changed})
 */
public record SalesPlan(long id, LocalDate start, int months, double margin, String method, List<Tier> tiers,
                        int changed, int carried, Instant created) {
    public SalesPlan {
        tiers = List.copyOf(tiers);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(months);
    }

    /** How many customers hold a tier. */
    public int customers() {
        return tiers.stream().mapToInt(Tier::customers).sum();
    }

    /**
     * One tier of a plan.
     *
     * @param number         1 = top
     * @param lowestExpected the lowest predicted period sales that ranked into this tier at the start
     * @param expectedSales  its customers' predicted net sales over the period
     */
    public record Tier(int number, PlanTierLabel label, double lowestExpected, int customers, double expectedSales) {
    }
}
