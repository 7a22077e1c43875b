package fangrid.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** First matching rule wins, else "Others"; summaries leave empty segments out. */
class RfmSegmentRulesTest {
    @ParameterizedTest(name = "README {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "555 | Champions", "554 | Potential Loyalist", "343 | Potential Loyalist", "412 | New Customers",
        "323 | Loyal Customers", "335 | Potential Loyalist", "231 | About To Sleep", "131 | Lost", "155 | At Risk",
        "145 | Can't Lose Them", "235 | Can't Lose Them", "253 | Need Attention", "314 | Promising"})
    void readmeRules(int code, String segment) {
        assertEquals(segment, segmentOf(RfmSegmentRules.README, code));
    }

    @ParameterizedTest(name = "test rules {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "544 | Champions", "343 | Loyal Customers", "511 | Potential Loyalist", "131 | Others", "155 | At Risk",
        "111 | Lost", "222 | Need Attention", "212 | About To Sleep"})
    void testRules(int code, String segment) {
        assertEquals(segment, segmentOf(RfmSegmentRules.TEST, code));
    }

    @Test
    void summaryCountsOnlySegmentedCustomersAndSkipsEmptySegments() {
        RfmSegmentRules rules = RfmSegmentRules.of(new RfmSegmentRule("Top", 5, 5, 1, 5, 1, 5),
                new RfmSegmentRule("Never", 9, 9, 9, 9, 9, 9));
        byte[] segments = {0, 2, -1, 0};
        RfmSegmentSummary summary = RfmSegmentSummary.of(rules, segments, new int[] {2, 1, 50, 4}, new double[] {10, 3, 999, 20});

        assertEquals(List.of(new RfmSegmentSummary.Row("Top", 2, 6, 30), new RfmSegmentSummary.Row("Others", 1, 1, 3)),
                summary.rows());
        assertEquals(5.0, summary.rows().get(0).aov());
        assertEquals(0, summary.customers(1));
    }

    @Test
    void customersNotScoredHaveNoSegment() {
        // 1 and 3 alone: bins [1, 2.4) [2.4, 2.8) [2.8, 3.2) …, so 511 (New Customers) and 333 (Potential Loyalist).
        RfmScores s = RfmScorer.quintiles().score(new int[] {1, 2, 3}, new int[] {1, 2, 3}, new double[] {1, 2, 3},
                new boolean[] {true, false, true});
        assertArrayEquals(new byte[] {4, -1, 1}, RfmSegmentRules.README.assign(s));
    }

    private static String segmentOf(RfmSegmentRules rules, int code) {
        byte r = (byte) (code / 100);
        byte f = (byte) (code / 10 % 10);
        byte m = (byte) (code % 10);
        RfmScores one = new RfmScores(null, new byte[] {r}, new byte[] {f}, new byte[] {m}, null, null, null);
        return rules.name(rules.assign(one)[0]);
    }
}
