package fangrid.analysis;

import fangrid.domain.BehaviouralSegment;
import java.util.Arrays;

/** Puts each customer in DOMAIN.md's behavioural segments: a bit mask of {@link BehaviouralSegment} per index. */
final class BehaviouralSegments {
    /** "Within the last 90 days" and "more than 90 days before the analysis date". */
    static final int RECENT_DAYS = 90;

    private BehaviouralSegments() {
    }

    static byte[] assign(CustomerColumns c, byte[] decile) {
        double medianItems = median(c, true);
        double medianFrequency = median(c, false);
        byte[] mask = new byte[c.size];
        for (int i = 0; i < c.size; i++) {
            if (!c.inBase[i] || c.frequency[i] == 0) {
                continue;
            }
            int m = 0;
            if (decile[i] == 1) {
                m |= BehaviouralSegment.HEAVY.bit();
            }
            if (c.frequency[i] == 1 && c.recencyDays[i] > RECENT_DAYS) {
                m |= BehaviouralSegment.ONE_TIME.bit();
            }
            if (c.daysSinceFirst[i] <= RECENT_DAYS) {
                m |= BehaviouralSegment.NEW.bit();
            }
            if (c.seasonal[i]) {
                m |= BehaviouralSegment.SEASONAL.bit();
            }
            if (c.items[i] / c.frequency[i] >= 2 * medianItems && c.frequency[i] <= medianFrequency) {
                m |= BehaviouralSegment.BULK.bit();
            }
            mask[i] = (byte) m;
        }
        return mask;
    }

    /** The median buyer's items per occasion, or frequency. */
    private static double median(CustomerColumns c, boolean itemsPerOccasion) {
        double[] v = new double[c.size];
        int n = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.inBase[i] && c.frequency[i] > 0) {
                v[n++] = itemsPerOccasion ? c.items[i] / c.frequency[i] : c.frequency[i];
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(v, 0, n);
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
