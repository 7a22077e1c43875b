package fangrid.domain;

/**
 * How regularly a customer buys, in words: from the coefficient of variation (SD / mean) of the days between their
 * purchase occasions. A customer buying every 30 days exactly has 0 (high); one alternating 10 and 50 days has 0.67
 * (medium); bursts with long pauses go above 1 (low).
 */
public enum Regularity {
    HIGH, MEDIUM, LOW;

    /** Up to this variation the intervals are regular (high). */
    public static final double HIGH_UP_TO = 0.5;
    /** Up to this variation they are medium; above it low. */
    public static final double MEDIUM_UP_TO = 1.0;

    /** The regularity of intervals with this coefficient of variation; null when it is not known (NaN). */
    public static Regularity of(double variation) {
        if (Double.isNaN(variation)) {
            return null;
        }
        return variation <= HIGH_UP_TO ? HIGH : variation <= MEDIUM_UP_TO ? MEDIUM : LOW;
    }

    /** The message key of its name, e.g. {@code regularity.high}. */
    public String key() {
        return switch (this) {
            case HIGH -> "regularity.high";
            case MEDIUM -> "regularity.medium";
            case LOW -> "regularity.low";
        };
    }
}
