package fangrid.analysis;

import fangrid.domain.ActivityMapping;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridCell;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.analysis.rfm.RQuantile;

/**
 * What each customer is under one analysis's settings: grid cell, communication activity, decile, behavioural
 * segments, rank-down risk and CPM cell, as byte columns (index = customer key − 1). Built once per analysis; filters only read them.
 */
final class CustomerClasses {
    static final byte NO_CELL = -1;

    /** The recency bands in use: the settings' fixed ones or the data's tertiles. */
    final GridThresholds thresholds;
    /** {@link GridCell#index()} of each buyer, NO_CELL for people who did not buy. */
    final byte[] gridCell;
    /** The activity number 1–4; 1 for people who did not buy. */
    final byte[] activity;
    /** 1–10, 0 for people who did not buy. */
    final byte[] decile;
    /** Bit mask of {@link fangrid.domain.BehaviouralSegment}. */
    final byte[] segments;
    /** {@link RankDownClasses}' status of each customer under the settings' rank-down rule. */
    final byte[] rankDown;
    /** {@link fangrid.domain.CpmCell#index()} of each buyer, {@link CpmClasses#NO_CELL} for people who did not buy. */
    final byte[] cpmCell;

    CustomerClasses(CustomerColumns c, AnalysisSettings settings) {
        thresholds = settings.gridMode() == GridMode.TERTILES ? tertiles(c) : settings.thresholds();
        gridCell = new byte[c.size];
        activity = new byte[c.size];
        ActivityMapping mapping = settings.activities();
        byte[] activityOfCell = new byte[9];
        for (int k = 0; k < 9; k++) {
            activityOfCell[k] = (byte) mapping.activityOf(GridCell.ofIndex(k)).number();
        }
        for (int i = 0; i < c.size; i++) {
            if (c.frequency[i] > 0) {
                int cell = (thresholds.recencyBand(c.recencyDays[i]) - 1) * 3 + GridThresholds.frequencyBand(c.frequency[i]) - 1;
                gridCell[i] = (byte) cell;
                activity[i] = activityOfCell[cell];
            } else {
                gridCell[i] = NO_CELL;
                activity[i] = 1;
            }
        }
        decile = Deciles.assign(c);
        segments = BehaviouralSegments.assign(c, decile);
        rankDown = RankDownClasses.assign(c, settings.rankDown());
        cpmCell = CpmClasses.assign(c, settings.cpm());
    }

    /** R1 up to the buyers' first recency tertile, R2 up to the second (R's quantile type 7). */
    static GridThresholds tertiles(CustomerColumns c) {
        double[] r = new double[c.size];
        int n = 0;
        for (int i = 0; i < c.size; i++) {
            if (c.inBase[i] && c.frequency[i] > 0) {
                r[n++] = c.recencyDays[i];
            }
        }
        return tertiles(r, n);
    }

    /** The bands of the recencies {@code r[0..n)} of some buyers: their tertiles, the default bands without any. */
    static GridThresholds tertiles(double[] r, int n) {
        if (n == 0) {
            return GridThresholds.DEFAULT;
        }
        double[] q = RQuantile.type7(r, n, RQuantile.innerProbs(3));
        int r1 = (int) Math.floor(q[0]);
        int r2 = (int) Math.floor(q[1]);
        return new GridThresholds(Math.max(r1, 0), Math.max(r2, Math.max(r1, 0) + 1));
    }
}
