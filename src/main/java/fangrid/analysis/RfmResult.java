package fangrid.analysis;

import fangrid.analysis.rfm.RfmBinning;
import fangrid.analysis.rfm.RfmScorer;
import fangrid.analysis.rfm.RfmScores;
import fangrid.analysis.rfm.RfmSegmentRules;
import fangrid.domain.RfmBreaks;
import fangrid.domain.ScoringMode;

/**
 * The 5-level R/F/M scores of one analysis and their named segments, with the recency, frequency and monetary
 * values they were computed from under the analysis's {@link ScoringMode}.
 */
public final class RfmResult {
    private final ScoringMode mode;
    final int[] recencyDays;
    final int[] frequency;
    final double[] monetary;
    private final RfmScores scores;
    private final RfmSegmentRules rules;
    private final byte[] segments;

    RfmResult(CustomerColumns c, ScoringMode mode, RfmBreaks breaks, RfmSegmentRules rules) {
        this.mode = mode;
        boolean lines = mode == ScoringMode.RFM_PACKAGE;
        recencyDays = lines ? c.lineRecencyDays : c.recencyDays;
        frequency = lines ? c.lineCount : c.frequency;
        monetary = lines ? c.lineAmount : c.monetary;
        boolean[] scored = new boolean[c.size];
        for (int i = 0; i < c.size; i++) {
            scored[i] = c.inBase[i] && frequency[i] > 0;
        }
        this.scores = new RfmScorer(binning(breaks.recency()), binning(breaks.frequency()), binning(breaks.monetary()))
                .score(recencyDays, frequency, monetary, scored);
        this.rules = rules;
        this.segments = rules.assign(scores);
    }

    private static RfmBinning binning(double[] breaks) {
        return breaks == null ? RfmBinning.quintiles() : RfmBinning.breaks(breaks);
    }

    public ScoringMode mode() {
        return mode;
    }

    public RfmScores scores() {
        return scores;
    }

    public RfmSegmentRules rules() {
        return rules;
    }

    /** Customer {@code i}'s named segment, or null when not scored. */
    public String segment(int i) {
        return segments[i] < 0 ? null : rules.name(segments[i]);
    }

    /** The per-customer segment index into {@link #rules()} (−1 not scored). */
    public byte[] segmentIndices() {
        return segments;
    }
}
