package fangrid.ui.common;

import java.text.NumberFormat;
import java.util.Locale;

/** Number formats for the views: counts, yen amounts and percentages in the UI's locale. */
public final class Formats {
    private final NumberFormat count;
    private final NumberFormat percent;
    private final NumberFormat money;

    public Formats(Locale locale) {
        count = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        money = NumberFormat.getIntegerInstance(locale);
    }

    public String count(long n) {
        return count.format(n);
    }

    /** A share 0–1 as {@code 12.3%}. */
    public String percent(double share) {
        return percent.format(share);
    }

    /** The percent format itself, for charts' axis and item labels. */
    public NumberFormat percentFormat() {
        return (NumberFormat) percent.clone();
    }

    /** An amount rounded to whole units with the yen sign: {@code ¥1,234,567}. */
    public String money(double amount) {
        return "¥" + money.format(Math.round(amount));
    }
}
