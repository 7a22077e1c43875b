package fangrid.analysis.target;

import java.time.LocalDate;

/**
 * The same selection made at an earlier date and what it returned: at {@code selectedAt} (the analysis date − the
 * horizon), groups ranked on the response measured one horizon before that and selected down to break-even; then
 * what the people selected actually bought up to {@code until}.
 *
 * @param unavailable why there is no backtest (a history shorter than two horizons), or null
 */
public record Backtest(LocalDate selectedAt, LocalDate until, long contacted, double predictedProfit, int buyers,
                       double actualSales, double actualProfit, String unavailable) {
    /** No backtest, for {@code reason}. */
    static Backtest unavailable(LocalDate selectedAt, LocalDate until, String reason) {
        return new Backtest(selectedAt, until, 0, Double.NaN, 0, Double.NaN, Double.NaN, reason);
    }

    public boolean available() {
        return unavailable == null;
    }

    /** The share of the people contacted who bought; NaN when no one was. */
    public double share() {
        return contacted == 0 ? Double.NaN : (double) buyers / contacted;
    }
}
