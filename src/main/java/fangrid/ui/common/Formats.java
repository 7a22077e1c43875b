package fangrid.ui.common;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Number formats for the views: counts, yen amounts and percentages in the UI's locale. Every amount of money the
 * window shows goes through {@link #money}.
 */
public final class Formats {
    /** Japanese accounts and reports mark a loss with a black triangle (三角表示) rather than a minus sign. */
    private static final String JAPANESE_NEGATIVE = "▲";
    private static final String NEGATIVE = "-";

    private final NumberFormat count;
    private final NumberFormat percent;
    private final NumberFormat money;
    private final NumberFormat days;
    private final NumberFormat points;
    private final String negative;

    public Formats(Locale locale) {
        count = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        money = NumberFormat.getIntegerInstance(locale);
        days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(1);
        points = NumberFormat.getNumberInstance(locale);
        points.setMinimumFractionDigits(1);
        points.setMaximumFractionDigits(1);
        negative = "ja".equals(locale.getLanguage()) ? JAPANESE_NEGATIVE : NEGATIVE;
    }

    public String count(long n) {
        return count.format(n);
    }

    /** A number of days that may be a half (a median of two intervals), as {@code 10.5} or {@code 12}. */
    public String days(double d) {
        return days.format(d);
    }

    /** A share 0–1 as {@code 12.3%}. */
    public String percent(double share) {
        return percent.format(share);
    }

    /**
     * A change of a share (0–1 scale) in percentage points to one decimal, signed as the reader writes it:
     * {@code +0.3}, a fall {@code ▲0.3} in Japanese and {@code -0.3} in English, {@code ±0.0} when it rounds to none.
     */
    public String pointChange(double change) {
        double tenths = Math.round(change * 1000);
        String n = points.format(Math.abs(tenths) / 10);
        return tenths > 0 ? "+" + n : tenths < 0 ? negative + n : "±" + n;
    }

    /** The percent format itself, for charts' axis and item labels. */
    public NumberFormat percentFormat() {
        return (NumberFormat) percent.clone();
    }

    /**
     * An amount rounded to whole yen with the yen sign, {@code ¥1,234,567}; a negative amount with its sign before
     * the yen sign, as the reader writes it: {@code ▲¥379,000} in Japanese, {@code -¥379,000} in English (never
     * {@code ¥-379,000}).
     */
    public String money(double amount) {
        long yen = Math.round(amount);
        String whole = "¥" + money.format(Math.abs(yen));
        return yen < 0 ? negative + whole : whole;
    }
}
