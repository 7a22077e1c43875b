package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The headline against the month before (the trend's last point but one) and against the shop's target. */
class HeadlineComparisonTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 11);
    private static final List<TrendPoint> TREND = List.of(new TrendPoint(LocalDate.of(2024, 2, 1), 0, 3, 3),
            new TrendPoint(LocalDate.of(2024, 3, 1), 1, 4, 4), new TrendPoint(AS_OF, 2, 5, 4));
    private static final FirstCategorySummary NOW = new FirstCategorySummary(2, 5, 4, 0, 0);

    @Test
    void theChangeIsAgainstTheMonthEndBefore() {
        HeadlineComparison c = HeadlineComparison.of(NOW, AS_OF, TREND, OptionalDouble.empty());
        assertEquals(0.40 - 0.25, c.changeSincePrevious().getAsDouble(), 1e-12, "2 of 5 now, 1 of 4 at 1 March");
        assertEquals(LocalDate.of(2024, 2, 29), c.previousDay().orElseThrow());
        assertTrue(c.againstTarget().isEmpty());
    }

    @Test
    void aTargetGivesTheDistanceAboveOrBelowIt() {
        assertEquals(-0.05, HeadlineComparison.of(NOW, AS_OF, TREND, OptionalDouble.of(0.45)).againstTarget()
                .getAsDouble(), 1e-12);
        assertEquals(0.10, HeadlineComparison.of(NOW, AS_OF, TREND, OptionalDouble.of(0.30)).againstTarget()
                .getAsDouble(), 1e-12);
    }

    @Test
    void noMonthBeforeWhenTheTrendIsShortOrStillOfAnotherDate() {
        assertTrue(HeadlineComparison.of(NOW, AS_OF, TREND.subList(2, 3), OptionalDouble.empty())
                .changeSincePrevious().isEmpty());
        assertTrue(HeadlineComparison.of(NOW, AS_OF.plusDays(1), TREND, OptionalDouble.empty())
                .changeSincePrevious().isEmpty(), "a trend of the analysis before is not compared with");
        assertTrue(HeadlineComparison.of(NOW, AS_OF, List.of(new TrendPoint(LocalDate.of(2024, 3, 1), 0, 0, 0),
                new TrendPoint(AS_OF, 2, 5, 4)), OptionalDouble.empty()).changeSincePrevious().isEmpty(),
                "no customers the month before: no share to compare with");
    }
}
