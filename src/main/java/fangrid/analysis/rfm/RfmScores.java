package fangrid.analysis.rfm;

/**
 * R/F/M scores per customer index, 0 where the customer was not scored, and the thresholds they came from.
 * The arrays are the scorer's own (no copies, for tight loops over millions of customers): read, don't write.
 *
 * @param included  which customers were scored; null when all were
 * @param r         recency score per customer (5 = most recent with quintiles)
 * @param f         frequency score per customer
 * @param m         monetary score per customer
 * @param recency   the recency bins used
 * @param frequency the frequency bins used
 * @param monetary  the monetary bins used
 */
public record RfmScores(boolean[] included, byte[] r, byte[] f, byte[] m, RfmThresholds recency, RfmThresholds frequency,
                        RfmThresholds monetary) {

    /** The number of customer indices (scored or not). */
    public int size() {
        return r.length;
    }

    /** Whether customer {@code i} was among the scored ones. */
    public boolean isIncluded(int i) {
        return included == null || included[i];
    }

    /**
     * R rfm's {@code rfm_score}: R·100 + F·10 + M, e.g. 543; 0 when the customer was not scored or a score is
     * missing (R's NA, only possible with the user's own unsorted breakpoints).
     */
    public int rfmScore(int i) {
        return r[i] > 0 && f[i] > 0 && m[i] > 0 ? r[i] * 100 + f[i] * 10 + m[i] : 0;
    }
}
