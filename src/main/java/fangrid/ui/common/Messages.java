package fangrid.ui.common;

import fangrid.domain.Translatable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's strings in the chosen language ({@code fangrid/i18n/messages*.properties}, UTF-8). */
public final class Messages {
    public static final String BUNDLE = "fangrid.i18n.messages";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** Whether there is a message {@code key}. */
    public boolean has(String key) {
        return key != null && bundle.containsKey(key);
    }

    /** The window's wording of {@code t}, or {@code english} when there is no message for it. */
    public String text(Translatable t, String english) {
        return has(t.messageKey()) ? format(t.messageKey(), t.messageArguments().toArray()) : english;
    }

    /** The message {@code key} with its {@code {0}}… filled in, formatted for the bundle's locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }
}
