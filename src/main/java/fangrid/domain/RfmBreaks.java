package fangrid.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The user's own R/F/M score thresholds, as R's rfm package takes them ({@code recency_bins = c(115, 181, 297, 482)}):
 * the inner breakpoints per dimension, used as given. Null for a dimension scored by quintiles.
 */
public record RfmBreaks(double[] recency, double[] frequency, double[] monetary) {
    /** Quintiles in all three dimensions. */
    public static final RfmBreaks QUINTILES = new RfmBreaks(null, null, null);

    /** {@code 115,181,297,482}: how one dimension's breaks are written; empty for quintiles. */
    public static String format(double[] breaks) {
        return breaks == null ? "" : Arrays.stream(breaks).mapToObj(RfmBreaks::number).collect(Collectors.joining(","));
    }

    /** Reads {@link #format}'s form; blank gives null (quintiles). */
    public static double[] parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(text.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("score thresholds are numbers separated by commas, e.g. 115,181,297,482: \""
                    + text + "\"", e);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
