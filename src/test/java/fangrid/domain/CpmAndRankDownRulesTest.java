package fangrid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** LTV-Lab's CPM rules and the rank-down line at every threshold's edge, by hand. */
class CpmAndRankDownRulesTest {
    @ParameterizedTest(name = "{0} occasions, tenure {1}, recency {2}, ¥{3} → {4}")
    @CsvSource({
            "1, 0, 0, 999999, first-active",
            "1, 0, 239, 100, first-active",
            "1, 0, 240, 100, first-lapsed",
            "2, 0, 10, 100, budding-active",
            "2, 89, 10, 999999, budding-active",
            "2, 89, 240, 100, budding-lapsed",
            "2, 90, 10, 70000, steady-active",
            "5, 400, 10, 70000, steady-active",
            "2, 90, 10, 70000.01, trendy-active",
            "2, 209, 10, 70001, trendy-active",
            "2, 209, 240, 70001, trendy-lapsed",
            "2, 210, 10, 70001, loyal-active",
            "9, 900, 239, 500000, loyal-active",
            "9, 900, 240, 500000, loyal-lapsed",
            "3, 300, 500, -20, steady-lapsed",
    })
    void ltvLabCellsAtEveryEdge(int occasions, int tenure, int recency, double sales, String cell) {
        assertEquals(cell, CpmRules.DEFAULT.cellOf(occasions, tenure, recency, sales).id());
    }

    @Test
    void editedThresholdsMoveTheEdges() {
        CpmRules rules = new CpmRules(180, 60, 120, 30_000);
        assertEquals("budding-active", rules.cellOf(2, 59, 0, 50_000).id());
        assertEquals("trendy-active", rules.cellOf(2, 60, 0, 30_001).id());
        assertEquals("loyal-lapsed", rules.cellOf(2, 120, 180, 30_001).id());
        assertEquals("steady-active", rules.cellOf(2, 120, 179, 30_000).id());
        assertThrows(IllegalArgumentException.class, () -> new CpmRules(240, 210, 90, 70_000), "loyal before steady");
    }

    @Test
    void cellsHaveTenIdsAndNamesInBothLanguages() {
        for (int k = 0; k < CpmCell.COUNT; k++) {
            CpmCell c = CpmCell.ofIndex(k);
            assertEquals(k, c.index());
            assertEquals(c, CpmCell.parse(c.id()));
            assertEquals(new CustomerGroup.Cpm(c), CustomerGroup.parse("cpm:" + c.id()));
        }
        assertEquals("優良・離脱", new CpmCell(CpmStage.LOYAL, true).label(Locale.JAPANESE));
        assertEquals("よちよち・現役", new CpmCell(CpmStage.BUDDING, false).label(Locale.JAPANESE));
        assertEquals("Loyal · lapsed", new CpmCell(CpmStage.LOYAL, true).label(Locale.ENGLISH));
    }

    @ParameterizedTest(name = "k {0}, median {1}, recency {2}: at risk {3}, crossing this week {4}")
    @CsvSource({
            "1.5, 10, 15, false, true",
            "1.5, 10, 16, true, false",
            "1.5, 10, 8, false, false",
            "1.5, 10, 9, false, true",
            "1.5, 10.5, 15, false, true",
            "1.5, 10.5, 16, true, false",
            "1.15, 20, 23, false, true",
            "1.15, 20, 24, true, false",
            "2, 30, 60, false, true",
            "2, 30, 61, true, false",
    })
    void theLineIsKTimesTheMedianAndBeingOnItIsNotOverIt(double k, double median, int recency, boolean atRisk,
                                                          boolean thisWeek) {
        RankDownRule rule = new RankDownRule(k);
        assertEquals(atRisk, rule.atRisk(recency, median));
        assertEquals(thisWeek, rule.crossesWithinWeek(recency, median));
    }

    @Test
    void rankDownGroupsParse() {
        assertEquals(new CustomerGroup.RankDown(false), CustomerGroup.parse("at-risk"));
        assertEquals(new CustomerGroup.RankDown(true), CustomerGroup.parse("at-risk-week"));
        assertFalse(new RankDownRule(1.5).atRisk(100, Double.NaN), "no median, no line");
        assertThrows(IllegalArgumentException.class, () -> new RankDownRule(0.5));
    }

    @ParameterizedTest(name = "variation {0} → {1}")
    @CsvSource({"0, HIGH", "0.5, HIGH", "0.5000001, MEDIUM", "1.0, MEDIUM", "1.0000001, LOW", "3, LOW"})
    void regularityInWords(double variation, Regularity expected) {
        assertEquals(expected, Regularity.of(variation));
    }

    @Test
    void noRegularityWithoutVariation() {
        assertNull(Regularity.of(Double.NaN));
        assertTrue(Regularity.HIGH.key().startsWith("regularity."));
    }
}
