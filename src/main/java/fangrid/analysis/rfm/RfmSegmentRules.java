package fangrid.analysis.rfm;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of segment rules as R rfm's {@code rfm_segment} applies them: the first rule a customer matches
 * wins; a scored customer no rule matches, or one with a missing score, is in {@link #OTHERS}.
 * Segment indices: 0 … size−1 for the rules, {@link #othersIndex()} for "Others", −1 for customers not scored.
 */
public final class RfmSegmentRules {
    /** The segment of customers no rule matches (R rfm's name for it). */
    public static final String OTHERS = "Others";

    /** The rules of R rfm's README, vignette and roxygen examples (0.3.0). */
    public static final RfmSegmentRules README = of(
            new RfmSegmentRule("Champions", 5, 5, 5, 5, 5, 5),
            new RfmSegmentRule("Potential Loyalist", 3, 5, 3, 5, 2, 5),
            new RfmSegmentRule("Loyal Customers", 2, 4, 2, 4, 2, 4),
            new RfmSegmentRule("Promising", 3, 4, 1, 3, 3, 5),
            new RfmSegmentRule("New Customers", 4, 5, 1, 3, 1, 5),
            new RfmSegmentRule("Can't Lose Them", 1, 2, 3, 4, 4, 5),
            new RfmSegmentRule("At Risk", 1, 2, 2, 5, 4, 5),
            new RfmSegmentRule("Need Attention", 1, 3, 3, 5, 3, 5),
            new RfmSegmentRule("About To Sleep", 2, 3, 1, 3, 1, 4),
            new RfmSegmentRule("Lost", 1, 1, 1, 5, 1, 5));

    /** The rules of R rfm's own tests ({@code tests/testthat/test-rfm-segment.R}). */
    public static final RfmSegmentRules TEST = of(
            new RfmSegmentRule("Champions", 4, 5, 4, 5, 4, 5),
            new RfmSegmentRule("Loyal Customers", 2, 5, 3, 5, 3, 5),
            new RfmSegmentRule("Potential Loyalist", 3, 5, 1, 3, 1, 3),
            new RfmSegmentRule("New Customers", 4, 5, 1, 1, 1, 1),
            new RfmSegmentRule("Promising", 3, 4, 1, 1, 1, 1),
            new RfmSegmentRule("Need Attention", 2, 3, 2, 3, 2, 3),
            new RfmSegmentRule("About To Sleep", 2, 3, 1, 2, 1, 2),
            new RfmSegmentRule("At Risk", 1, 2, 2, 5, 2, 5),
            new RfmSegmentRule("Can't Lose Them", 1, 1, 4, 5, 4, 5),
            new RfmSegmentRule("Lost", 1, 2, 1, 2, 1, 2));

    private static final int CODES = 1000;

    private final List<RfmSegmentRule> rules;
    /** Segment index by rfm_score code r·100 + f·10 + m: a customer is segmented by one array lookup. */
    private final byte[] byCode = new byte[CODES];

    private RfmSegmentRules(List<RfmSegmentRule> rules) {
        this.rules = List.copyOf(rules);
        for (int code = 0; code < CODES; code++) {
            byCode[code] = (byte) firstMatch(code / 100, code / 10 % 10, code % 10);
        }
    }

    /** Rules in priority order (at most 127). */
    public static RfmSegmentRules of(RfmSegmentRule... rules) {
        return of(List.of(rules));
    }

    /** Rules in priority order (at most 127). */
    public static RfmSegmentRules of(List<RfmSegmentRule> rules) {
        if (rules.size() >= Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many segment rules: " + rules.size());
        }
        return new RfmSegmentRules(new ArrayList<>(rules));
    }

    public List<RfmSegmentRule> rules() {
        return rules;
    }

    /** The number of segments including "Others". */
    public int segmentCount() {
        return rules.size() + 1;
    }

    /** The index of "Others": one past the last rule. */
    public int othersIndex() {
        return rules.size();
    }

    /** The name of segment {@code index} (a rule's name or "Others"). */
    public String name(int index) {
        return index == othersIndex() ? OTHERS : rules.get(index).name();
    }

    /** The segment index per customer: the first matching rule, "Others", or −1 where not scored. */
    public byte[] assign(RfmScores scores) {
        byte[] r = scores.r();
        byte[] f = scores.f();
        byte[] m = scores.m();
        byte[] segment = new byte[r.length];
        for (int i = 0; i < r.length; i++) {
            segment[i] = scores.isIncluded(i) ? byCode[r[i] * 100 + f[i] * 10 + m[i]] : -1;
        }
        return segment;
    }

    private int firstMatch(int r, int f, int m) {
        if (r == 0 || f == 0 || m == 0) {
            return othersIndex(); // R: between(NA, …) is NA, so no rule assigns it
        }
        for (int s = 0; s < rules.size(); s++) {
            if (rules.get(s).matches(r, f, m)) {
                return s;
            }
        }
        return othersIndex();
    }
}
