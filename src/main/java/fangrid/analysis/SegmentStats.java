package fangrid.analysis;

import fangrid.domain.Activity;
import it.unimi.dsi.fastutil.ints.IntIterator;
import tech.tablesaw.selection.Selection;

/**
 * What segment detail shows about a group of people (DOMAIN.md "Views"), summed in one pass over the columns.
 * Averages over nobody are NaN; the view shows them as a dash.
 *
 * @param customers        people in the group
 * @param base             the whole customer base
 * @param buyers           people in the group with at least one purchase occasion
 * @param netSales         the group's net sales (orders minus returns)
 * @param totalNetSales    everyone's net sales
 * @param occasions        the group's purchase occasions
 * @param recencyDaysSum   the buyers' days since their last purchase, summed
 * @param returnedAmount   the amount the group returned
 * @param grossPurchases   the group's purchases before returns (net sales + returned amount)
 * @param activities       people per communication activity, indexed 1–4 (0 unused)
 * @param functionalPhase  buyers at most {@value CustomerTable#FUNCTIONAL_PHASE_DAYS} days after their first purchase
 * @param brandPhase       buyers later than that
 */
public record SegmentStats(int customers, int base, int buyers, double netSales, double totalNetSales, long occasions,
                           long recencyDaysSum, double returnedAmount, double grossPurchases, int[] activities,
                           int functionalPhase, int brandPhase) {

    /** Sums the people of {@code filter} (null: everyone); {@code totalNetSales} NaN means the group's own. */
    static SegmentStats of(CustomerColumns c, CustomerClasses classes, Selection filter, double totalNetSales) {
        int customers = 0;
        int buyers = 0;
        int functional = 0;
        long occasions = 0;
        long recency = 0;
        double net = 0;
        double returned = 0;
        int[] activities = new int[5];
        IntIterator it = filter == null ? null : filter.iterator();
        for (int k = 0; filter == null ? k < c.size : it.hasNext(); k++) {
            int i = filter == null ? k : it.nextInt();
            if (!c.inBase[i]) {
                continue;
            }
            customers++;
            net += c.monetary[i];
            returned += c.returnAmount[i];
            activities[classes.activity[i]]++;
            int f = c.frequency[i];
            if (f > 0) {
                buyers++;
                occasions += f;
                recency += c.recencyDays[i];
                functional += c.daysSinceFirst[i] <= CustomerTable.FUNCTIONAL_PHASE_DAYS ? 1 : 0;
            }
        }
        return new SegmentStats(customers, c.base, buyers, net, Double.isNaN(totalNetSales) ? net : totalNetSales,
                occasions, recency, returned, net + returned, activities, functional, buyers - functional);
    }

    /** Share (0–1) of the whole base. */
    public double shareOfBase() {
        return base == 0 ? 0 : (double) customers / base;
    }

    /** Share (0–1) of everyone's net sales. */
    public double shareOfSales() {
        return totalNetSales == 0 ? 0 : netSales / totalNetSales;
    }

    /** People in the group without a purchase occasion (prospects, or buyers outside the analysis window). */
    public int nonBuyers() {
        return customers - buyers;
    }

    /** Net sales per purchase occasion; NaN without occasions. */
    public double averageOrderValue() {
        return occasions == 0 ? Double.NaN : netSales / occasions;
    }

    /** Purchase occasions per buyer; NaN without buyers. */
    public double averageFrequency() {
        return buyers == 0 ? Double.NaN : (double) occasions / buyers;
    }

    /** Days since the last purchase, averaged over the buyers; NaN without buyers. */
    public double averageRecencyDays() {
        return buyers == 0 ? Double.NaN : (double) recencyDaysSum / buyers;
    }

    /** The returned amount's share (0–1) of the gross purchases; 0 without purchases. */
    public double returnRate() {
        return grossPurchases <= 0 ? 0 : returnedAmount / grossPurchases;
    }

    /** People in the group whose communication activity is {@code a}. */
    public int activityCustomers(Activity a) {
        return activities[a.number()];
    }

    /**
     * The recommended activity: the one most of the group's people are in (on a tie, the lower number);
     * null for an empty group.
     */
    public Activity recommendedActivity() {
        Activity best = null;
        for (Activity a : Activity.values()) {
            if (activityCustomers(a) > 0 && (best == null || activityCustomers(a) > activityCustomers(best))) {
                best = a;
            }
        }
        return best;
    }
}
