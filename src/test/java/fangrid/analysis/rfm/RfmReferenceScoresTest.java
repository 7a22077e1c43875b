package fangrid.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every customer's R/F/M scores and rfm_score as R rfm 0.3.0 computed them, from each reference file's own
 * recency_days / transaction_count / amount columns, and the thresholds R reported.
 */
class RfmReferenceScoresTest {
    private static final String PKG = "rfm-r-package/reference/";
    private static final String RETAIL = "online-retail/reference/";
    private static final RfmScorer CUSTOM_BINS = new RfmScorer(RfmBinning.breaks(115, 181, 297, 482),
            RfmBinning.breaks(4, 5, 6, 8), RfmBinning.breaks(256, 382, 506, 666));

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(PKG + "rfm_table_order__orders__2006-12-31.csv", RfmScorer.quintiles(), 995),
                Arguments.of(PKG + "rfm_table_order__orders__custom_bins.csv", CUSTOM_BINS, 995),
                Arguments.of(PKG + "rfm_segment__readme_rules__2006-12-31.csv", RfmScorer.quintiles(), 995),
                Arguments.of(PKG + "rfm_table_customer__customer__2007-01-01.csv", RfmScorer.quintiles(), 39_999),
                Arguments.of(RETAIL + "rfm_R_rfm_table_order__lines_all_with_customerid.csv", RfmScorer.quintiles(), 4_372),
                Arguments.of(RETAIL + "rfm_R_rfm_table_order__invoices_excluding_C.csv", RfmScorer.quintiles(), 4_339));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyCustomerScoresAsInR(String file, RfmScorer scorer, int customers) throws Exception {
        RfmReference.Table t = RfmReference.table(file);
        assertEquals(customers, t.size());

        RfmScores s = scorer.score(t.recencyDays(), t.transactionCount(), t.amount());

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (s.r()[i] != t.r()[i] || s.f()[i] != t.f()[i] || s.m()[i] != t.m()[i] || s.rfmScore(i) != t.rfmScore()[i]) {
                wrong.add(t.ids()[i] + ": R " + t.rfmScore()[i] + ", here " + s.rfmScore(i));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " customers differ, e.g. " + wrong.subList(0, Math.min(5, wrong.size())));
    }

    static Stream<Arguments> thresholdFiles() {
        return Stream.of(
                Arguments.of(PKG + "rfm_table_order__orders__2006-12-31.csv", PKG + "rfm_table_order__thresholds__2006-12-31.csv"),
                Arguments.of(RETAIL + "rfm_R_rfm_table_order__lines_all_with_customerid.csv",
                        RETAIL + "rfm_R_thresholds__lines_all_with_customerid.csv"),
                Arguments.of(RETAIL + "rfm_R_rfm_table_order__invoices_excluding_C.csv",
                        RETAIL + "rfm_R_thresholds__invoices_excluding_C.csv"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("thresholdFiles")
    void thresholdsAsRPrintsThem(String table, String thresholds) throws Exception {
        RfmReference.Table t = RfmReference.table(table);
        RfmScores s = RfmScorer.quintiles().score(t.recencyDays(), t.transactionCount(), t.amount());
        Map<String, List<BigDecimal>> expected = RfmReference.thresholds(thresholds);

        assertBins(expected, "recency", s.recency());
        assertBins(expected, "frequency", s.frequency());
        assertBins(expected, "monetary", s.monetary());
    }

    /** The customer-level thresholds and the custom-bin thresholds of REFERENCE_NOTES.md (no file holds them). */
    static Stream<Arguments> notedThresholds() {
        return Stream.of(
                Arguments.of(PKG + "rfm_table_customer__customer__2007-01-01.csv", RfmScorer.quintiles(), new double[][] {
                    {2, 77, 126, 177, 266, 1033}, {1, 8, 10, 11, 13, 25}, {11, 641, 827, 1003, 1226, 2594}}),
                Arguments.of(PKG + "rfm_table_order__orders__custom_bins.csv", CUSTOM_BINS, new double[][] {
                    {1, 115, 181, 297, 482, 977}, {1, 4, 5, 6, 8, 15}, {12, 256, 382, 506, 666, 1489}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notedThresholds")
    void thresholdsOfTheNotes(String table, RfmScorer scorer, double[][] edges) throws Exception {
        RfmReference.Table t = RfmReference.table(table);
        RfmScores s = scorer.score(t.recencyDays(), t.transactionCount(), t.amount());
        RfmThresholds[] dims = {s.recency(), s.frequency(), s.monetary()};
        for (int d = 0; d < 3; d++) {
            for (int bin = 1; bin <= 5; bin++) {
                assertEquals(edges[d][bin - 1], dims[d].lower(bin), "dimension " + d + " lower " + bin);
                assertEquals(edges[d][bin], dims[d].upper(bin), "dimension " + d + " upper " + bin);
            }
        }
    }

    private static void assertBins(Map<String, List<BigDecimal>> expected, String dim, RfmThresholds actual) {
        List<BigDecimal> lower = expected.get(dim + "_lower");
        List<BigDecimal> upper = expected.get(dim + "_upper");
        assertEquals(lower.size(), actual.binCount(), dim + " bins");
        for (int bin = 1; bin <= actual.binCount(); bin++) {
            assertEquals(0, lower.get(bin - 1).compareTo(RfmReference.asR(actual.lower(bin))),
                    dim + " lower " + bin + ": R " + lower.get(bin - 1) + ", here " + actual.lower(bin));
            assertEquals(0, upper.get(bin - 1).compareTo(RfmReference.asR(actual.upper(bin))),
                    dim + " upper " + bin + ": R " + upper.get(bin - 1) + ", here " + actual.upper(bin));
        }
    }
}
