package fangrid.export.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words and numbers in one language: the window's messages ({@code fangrid/i18n/messages*.properties})
 * and counts, yen and percentages formatted as the window formats them (▲ for a negative amount in Japanese).
 */
public final class ReportText {
    private final ResourceBundle messages;
    private final NumberFormat count;
    private final NumberFormat percent;

    /** @param messages the window's messages in the report's language */
    public ReportText(ResourceBundle messages) {
        this.messages = messages;
        Locale locale = messages.getLocale();
        this.count = NumberFormat.getIntegerInstance(locale);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
    }

    public Locale locale() {
        return messages.getLocale();
    }

    public boolean isJapanese() {
        return "ja".equals(locale().getLanguage());
    }

    public String get(String key) {
        return messages.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale()).format(args);
    }

    public String count(long n) {
        return count.format(n);
    }

    /** A share 0–1 as {@code 12.3%}. */
    public String percent(double share) {
        return percent.format(share);
    }

    /** A change of a share in percentage points, signed: {@code +0.4 pt}, {@code ▲0.4 pt} (Japanese), {@code -0.4 pt}. */
    public String points(double change) {
        double pts = Math.round(change * 1000) / 10.0;
        String abs = String.format(locale(), "%.1f", Math.abs(pts));
        String sign = pts > 0 ? "+" : pts < 0 ? (isJapanese() ? "▲" : "-") : "±";
        return sign + abs + " pt";
    }

    /** Whole yen with the yen sign; a negative amount as {@code ▲¥1,000} in Japanese, {@code -¥1,000} in English. */
    public String money(double amount) {
        long yen = Math.round(amount);
        String whole = "¥" + count.format(Math.abs(yen));
        return yen < 0 ? (isJapanese() ? "▲" : "-") + whole : whole;
    }
}
