package fangrid.analysis.rfm;

/**
 * One row of R rfm's {@code rfm_segment} arguments: a segment name and inclusive score ranges
 * ({@code dplyr::between}) for recency, frequency and monetary.
 *
 * @param name  the segment's name, e.g. "Champions"
 * @param rLow  lowest recency score, inclusive
 * @param rHigh highest recency score, inclusive
 * @param fLow  lowest frequency score, inclusive
 * @param fHigh highest frequency score, inclusive
 * @param mLow  lowest monetary score, inclusive
 * @param mHigh highest monetary score, inclusive
 */
public record RfmSegmentRule(String name, int rLow, int rHigh, int fLow, int fHigh, int mLow, int mHigh) {

    /** Validates the name. */
    public RfmSegmentRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a segment needs a name");
        }
    }

    /** Whether scores r, f, m (each ≥ 1) fall in all three ranges. */
    public boolean matches(int r, int f, int m) {
        return r >= rLow && r <= rHigh && f >= fLow && f <= fHigh && m >= mLow && m <= mHigh;
    }
}
