package fangrid.analysis;

import fangrid.domain.RankDownRule;

/** Who is at risk of ranking down (ランクダウン防止) under one rule: a status byte per customer index. */
final class RankDownClasses {
    static final byte NOT_AT_RISK = 0;
    static final byte AT_RISK = 1;
    /** Not at risk yet, but crossing the line within the next seven days. */
    static final byte CROSSING_THIS_WEEK = 2;

    private RankDownClasses() {
    }

    static byte[] assign(CustomerColumns c, RankDownRule rule) {
        byte[] status = new byte[c.size];
        for (int i = 0; i < c.size; i++) {
            if (!c.inBase[i] || c.frequency[i] < 2) {
                continue;
            }
            if (rule.atRisk(c.recencyDays[i], c.medianInterval[i])) {
                status[i] = AT_RISK;
            } else if (rule.crossesWithinWeek(c.recencyDays[i], c.medianInterval[i])) {
                status[i] = CROSSING_THIS_WEEK;
            }
        }
        return status;
    }
}
