package fangrid.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The headline's first-category share of the whole base set against the month before and against the shop's target.
 *
 * @param share    the share (0–1) at the analysis date
 * @param previous the trend's point one month before the analysis date, if the trend reaches back that far
 * @param target   the share (0–1) the shop aims at, if it set one
 */
public record HeadlineComparison(double share, Optional<TrendPoint> previous, OptionalDouble target) {
    /**
     * The comparison of {@code now}, at analysis date {@code asOf}, with the monthly {@code trend} (oldest first, as
     * {@link AnalysisService#firstCategoryTrend} gives it) and the {@code target}. A trend that does not end at
     * {@code asOf} (still being computed for a new date) gives no month before.
     */
    public static HeadlineComparison of(FirstCategorySummary now, LocalDate asOf, List<TrendPoint> trend,
                                        OptionalDouble target) {
        boolean current = trend.size() >= 2 && trend.get(trend.size() - 1).asOf().equals(asOf);
        Optional<TrendPoint> previous = current ? Optional.of(trend.get(trend.size() - 2)) : Optional.empty();
        return new HeadlineComparison(now.shareOfBase(), previous.filter(p -> p.base() > 0), target);
    }

    /** The change (share points, 0–1 scale) since the month before, if known. */
    public OptionalDouble changeSincePrevious() {
        return previous.map(p -> OptionalDouble.of(share - p.shareOfBase())).orElse(OptionalDouble.empty());
    }

    /** The last day the previous month's point covers, if known. */
    public Optional<LocalDate> previousDay() {
        return previous.map(TrendPoint::lastDay);
    }

    /** How far the share is above (positive) or below (negative) the target, if one is set. */
    public OptionalDouble againstTarget() {
        return target.isPresent() ? OptionalDouble.of(share - target.getAsDouble()) : OptionalDouble.empty();
    }
}
