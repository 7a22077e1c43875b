package fangrid.analysis;

import fangrid.domain.CpmRules;

/** Each buyer's CPM cell under one set of thresholds: {@link fangrid.domain.CpmCell#index()}, NO_CELL for non-buyers. */
final class CpmClasses {
    static final byte NO_CELL = -1;

    private CpmClasses() {
    }

    static byte[] assign(CustomerColumns c, CpmRules rules) {
        byte[] cell = new byte[c.size];
        for (int i = 0; i < c.size; i++) {
            if (c.frequency[i] == 0) {
                cell[i] = NO_CELL;
                continue;
            }
            int tenure = c.daysSinceFirst[i] - c.recencyDays[i];
            cell[i] = (byte) rules.cellIndexOf(c.frequency[i], tenure, c.recencyDays[i], c.monetary[i]);
        }
        return cell;
    }
}
