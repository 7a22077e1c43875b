package fangrid.domain;

/**
 * Where the grid's bands end: R1 = recency ≤ {@code r1MaxDays}, R2 ≤ {@code r2MaxDays}, R3 beyond;
 * F1 = one occasion, F2 = two, F3 = three or more.
 */
public record GridThresholds(int r1MaxDays, int r2MaxDays) {
    /** DOMAIN.md's defaults: ≤ 90 days, 91–180, > 180. */
    public static final GridThresholds DEFAULT = new GridThresholds(90, 180);

    public GridThresholds {
        if (r1MaxDays < 0 || r2MaxDays <= r1MaxDays) {
            throw new IllegalArgumentException("recency thresholds must rise: " + r1MaxDays + ", " + r2MaxDays);
        }
    }

    public int recencyBand(int recencyDays) {
        if (recencyDays <= r1MaxDays) {
            return 1;
        }
        return recencyDays <= r2MaxDays ? 2 : 3;
    }

    public static int frequencyBand(int frequency) {
        return Math.min(frequency, 3);
    }

    /** The cell of a buyer (frequency ≥ 1). */
    public GridCell cellOf(int recencyDays, int frequency) {
        return new GridCell(recencyBand(recencyDays), frequencyBand(frequency));
    }
}
