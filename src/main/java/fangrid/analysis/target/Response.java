package fangrid.analysis.target;

/**
 * How a group responded in the past: of {@code people} contacted at a date, {@code buyers} bought within the horizon
 * after it, for {@code sales} net sales in all; {@code salesSquares} is the sum of each person's net sales squared,
 * for the spread. The intervals are 95 %: Wilson's score interval for the share, and the normal approximation of
 * the mean (mean ± 1.96 · s / √n, s the sample standard deviation) for net sales per contact.
 */
public record Response(int people, int buyers, double sales, double salesSquares) {
    /** The normal quantile of a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;
    /** No one, no response. */
    public static final Response NONE = new Response(0, 0, 0, 0);

    /** The share who bought; NaN for no one. */
    public double share() {
        return people == 0 ? Double.NaN : (double) buyers / people;
    }

    /** The lower end of Wilson's 95 % interval for the share; NaN for no one. */
    public double shareLow() {
        return wilson(buyers, people, -1);
    }

    /** The upper end of Wilson's 95 % interval for the share; NaN for no one. */
    public double shareHigh() {
        return wilson(buyers, people, 1);
    }

    /** Net sales per person contacted; NaN for no one. */
    public double salesPerContact() {
        return people == 0 ? Double.NaN : sales / people;
    }

    /** The lower end of the 95 % interval for net sales per contact; NaN for fewer than two people. */
    public double salesLow() {
        return salesPerContact() - halfWidth();
    }

    /** The upper end of the 95 % interval for net sales per contact; NaN for fewer than two people. */
    public double salesHigh() {
        return salesPerContact() + halfWidth();
    }

    private double halfWidth() {
        if (people < 2) {
            return Double.NaN;
        }
        double mean = sales / people;
        double variance = Math.max(0, (salesSquares - people * mean * mean) / (people - 1));
        return Z95 * Math.sqrt(variance / people);
    }

    /** Wilson's score interval, lower ({@code side} −1) or upper (+1) end. */
    static double wilson(int successes, int n, int side) {
        if (n == 0) {
            return Double.NaN;
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2.0 * n);
        double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double end = (centre + side * spread) / (1 + z2 / n);
        return Math.min(1, Math.max(0, end));
    }
}
