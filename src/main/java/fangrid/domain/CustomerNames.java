package fangrid.domain;

import java.util.Locale;

/**
 * How a customer is named wherever FanGrid shows or writes one: their real id, name, email and phone, or, in demo
 * mode, stable pseudonyms that say nothing about them ({@code 顧客 0001} / {@code Customer 0001},
 * {@code c0001@example.invalid}, {@code 000-0000-0001}). The pseudonym's number is the person's customer key, so a
 * person keeps it in every view, file and session. Every place that shows an id or a contact asks this one
 * presentation, so that demo mode cannot miss one. A value a person does not have stays missing either way.
 */
public final class CustomerNames {
    /** The real values, as the shop's files had them. */
    public static final CustomerNames REAL = new CustomerNames(null);

    /** The pseudonym's word; null for the real values. */
    private final String word;

    private CustomerNames(String word) {
        this.word = word;
    }

    /** Demo mode's pseudonyms, worded in {@code locale}'s language (顧客 in Japanese, Customer otherwise). */
    public static CustomerNames masked(Locale locale) {
        return new CustomerNames(Labels.isJapanese(locale) ? "顧客" : "Customer");
    }

    /** {@link #masked} when {@code demo}, else {@link #REAL}. */
    public static CustomerNames of(boolean demo, Locale locale) {
        return demo ? masked(locale) : REAL;
    }

    /** Whether real values are hidden (demo mode). */
    public boolean isMasked() {
        return word != null;
    }

    /** The id of the person at {@code index} (customer key − 1) whose real id is {@code real}. */
    public String id(int index, String real) {
        return word == null || real == null ? real : word + " " + number(index);
    }

    /** The name shown for {@code real}: the same pseudonym as the id in demo mode. */
    public String name(int index, String real) {
        return id(index, real);
    }

    /** The email address shown for {@code real}, an address of the reserved {@code .invalid} domain in demo mode. */
    public String email(int index, String real) {
        return word == null || real == null ? real : "c" + number(index) + "@example.invalid";
    }

    /** The phone number shown for {@code real}; in demo mode one no phone network hands out (area code 000). */
    public String phone(int index, String real) {
        return word == null || real == null ? real : "000-0000-" + number(index);
    }

    private static String number(int index) {
        return String.format(Locale.ROOT, "%04d", index + 1);
    }
}
