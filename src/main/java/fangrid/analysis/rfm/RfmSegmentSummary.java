package fangrid.analysis.rfm;

import java.util.ArrayList;
import java.util.List;

/**
 * R rfm's {@code rfm_segment_summary}: per segment its customers, orders (sum of frequency), revenue (sum of
 * amount) and average order value. Like R, {@link #rows()} leaves out segments without customers.
 */
public final class RfmSegmentSummary {
    /**
     * One segment's figures.
     *
     * @param segment   the segment's name
     * @param customers customers in the segment
     * @param orders    the sum of their frequency
     * @param revenue   the sum of their amount
     */
    public record Row(String segment, int customers, long orders, double revenue) {
        /** Average order value, revenue / orders, unrounded (R rounds it to 2 decimals for display). */
        public double aov() {
            return revenue / orders;
        }
    }

    private final RfmSegmentRules rules;
    private final int[] customers;
    private final long[] orders;
    private final double[] revenue;

    private RfmSegmentSummary(RfmSegmentRules rules, int[] customers, long[] orders, double[] revenue) {
        this.rules = rules;
        this.customers = customers;
        this.orders = orders;
        this.revenue = revenue;
    }

    /**
     * Sums per segment; customers with segment −1 are left out.
     *
     * @param segments  segment index per customer, from {@link RfmSegmentRules#assign}
     * @param frequency the same frequency column that was scored
     * @param monetary  the same amount column that was scored
     */
    public static RfmSegmentSummary of(RfmSegmentRules rules, byte[] segments, int[] frequency, double[] monetary) {
        int k = rules.segmentCount();
        int[] customers = new int[k];
        long[] orders = new long[k];
        // R's sum() accumulates in long double; Neumaier's compensated sum rounds to the same double.
        double[] sum = new double[k];
        double[] compensation = new double[k];
        for (int i = 0; i < segments.length; i++) {
            int s = segments[i];
            if (s < 0) {
                continue;
            }
            customers[s]++;
            orders[s] += frequency[i];
            double v = monetary[i];
            double t = sum[s] + v;
            compensation[s] += Math.abs(sum[s]) >= Math.abs(v) ? (sum[s] - t) + v : (v - t) + sum[s];
            sum[s] = t;
        }
        for (int s = 0; s < k; s++) {
            sum[s] += compensation[s];
        }
        return new RfmSegmentSummary(rules, customers, orders, sum);
    }

    /** Customers in segment {@code index} (0 for an empty one). */
    public int customers(int index) {
        return customers[index];
    }

    /** The segments that have customers, in rule order, "Others" last. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < customers.length; s++) {
            if (customers[s] > 0) {
                rows.add(new Row(rules.name(s), customers[s], orders[s], revenue[s]));
            }
        }
        return rows;
    }
}
