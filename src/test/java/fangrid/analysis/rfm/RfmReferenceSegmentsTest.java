package fangrid.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R rfm's {@code rfm_segment} per customer and {@code rfm_segment_summary} per segment, for both rule sets. */
class RfmReferenceSegmentsTest {
    private static final String PKG = "rfm-r-package/reference/";
    private static final String RETAIL = "online-retail/reference/";

    static Stream<Arguments> segmentFiles() {
        return Stream.of(
                Arguments.of(PKG + "rfm_segment__readme_rules__2006-12-31.csv", RfmSegmentRules.README),
                Arguments.of(PKG + "rfm_segment__test_rules__2006-12-31.csv", RfmSegmentRules.TEST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("segmentFiles")
    void everyCustomerInRsSegment(String file, RfmSegmentRules rules) throws Exception {
        RfmReference.Table t = RfmReference.table(file);
        RfmScores scores = RfmScorer.quintiles().score(t.recencyDays(), t.transactionCount(), t.amount());
        byte[] segments = rules.assign(scores);

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!rules.name(segments[i]).equals(t.segment()[i]) || scores.rfmScore(i) != t.rfmScore()[i]) {
                wrong.add(t.ids()[i] + ": R " + t.segment()[i] + " " + t.rfmScore()[i] + ", here "
                        + rules.name(segments[i]) + " " + scores.rfmScore(i));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " customers differ, e.g. " + wrong.subList(0, Math.min(5, wrong.size())));
    }

    static Stream<Arguments> summaries() {
        return Stream.of(
                Arguments.of(PKG + "rfm_table_order__orders__2006-12-31.csv", RfmSegmentRules.README,
                        PKG + "rfm_segment_summary__readme_rules.csv"),
                Arguments.of(PKG + "rfm_table_order__orders__2006-12-31.csv", RfmSegmentRules.TEST,
                        PKG + "rfm_segment_summary__test_rules.csv"),
                Arguments.of(RETAIL + "rfm_R_rfm_table_order__lines_all_with_customerid.csv", RfmSegmentRules.README,
                        RETAIL + "rfm_R_segment_summary_readme_rules__lines_all_with_customerid.csv"),
                Arguments.of(RETAIL + "rfm_R_rfm_table_order__invoices_excluding_C.csv", RfmSegmentRules.README,
                        RETAIL + "rfm_R_segment_summary_readme_rules__invoices_excluding_C.csv"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("summaries")
    void segmentSummaryAsInR(String table, RfmSegmentRules rules, String summaryFile) throws Exception {
        Map<String, RfmReference.SummaryRow> expected = RfmReference.summary(summaryFile);
        Map<String, RfmSegmentSummary.Row> actual = summarize(table, rules);

        // R leaves segments without customers out; the sets of names must agree, not only the rows present.
        assertEquals(expected.keySet().stream().sorted().toList(), actual.keySet().stream().sorted().toList());
        expected.forEach((segment, r) -> {
            RfmSegmentSummary.Row row = actual.get(segment);
            assertEquals(r.customers(), row.customers(), segment + " customers");
            assertEquals(r.orders(), row.orders(), segment + " orders");
            assertEquals(0, r.revenue().compareTo(RfmReference.asR(row.revenue())),
                    segment + " revenue: R " + r.revenue() + ", here " + row.revenue());
            assertEquals(0, r.aov().compareTo(RfmReference.round2(row.aov())),
                    segment + " aov: R " + r.aov() + ", here " + row.aov());
        });
    }

    /** The figure R rfm's own test asserts (tests/testthat/test-rfm-segment.R). */
    @Test
    void championsOfThePackagesOwnTest() throws Exception {
        RfmSegmentSummary.Row champions = summarize(PKG + "rfm_table_order__orders__2006-12-31.csv", RfmSegmentRules.TEST)
                .get("Champions");
        assertEquals(158, champions.customers());
        assertEquals(1_234, champions.orders());
        assertEquals(120_178, champions.revenue());
    }

    /** The README's first five customers and their segments. */
    @Test
    void readmeExample() throws Exception {
        RfmReference.Table t = RfmReference.table(PKG + "rfm_table_order__orders__2006-12-31.csv");
        RfmScores scores = RfmScorer.quintiles().score(t.recencyDays(), t.transactionCount(), t.amount());
        byte[] segments = RfmSegmentRules.README.assign(scores);
        String[][] readme = {
            {"Abbey O'Reilly", "343", "Potential Loyalist"}, {"Add Senger", "412", "New Customers"},
            {"Aden Lesch", "323", "Loyal Customers"}, {"Aden Murphy", "544", "Potential Loyalist"},
            {"Admiral Senger", "433", "Potential Loyalist"}};
        for (int i = 0; i < readme.length; i++) {
            assertEquals(readme[i][0], t.ids()[i]);
            assertEquals(Integer.parseInt(readme[i][1]), scores.rfmScore(i), readme[i][0]);
            assertEquals(readme[i][2], RfmSegmentRules.README.name(segments[i]), readme[i][0]);
        }
    }

    private static Map<String, RfmSegmentSummary.Row> summarize(String table, RfmSegmentRules rules) throws Exception {
        RfmReference.Table t = RfmReference.table(table);
        RfmScores scores = RfmScorer.quintiles().score(t.recencyDays(), t.transactionCount(), t.amount());
        RfmSegmentSummary summary = RfmSegmentSummary.of(rules, rules.assign(scores), t.transactionCount(), t.amount());
        Map<String, RfmSegmentSummary.Row> rows = new LinkedHashMap<>();
        summary.rows().forEach(row -> rows.put(row.segment(), row));
        return rows;
    }
}
