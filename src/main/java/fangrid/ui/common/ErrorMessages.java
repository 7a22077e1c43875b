package fangrid.ui.common;

import fangrid.domain.Translatable;

/**
 * What the window says about a failure, in its language: a failure that carries a message key (a project that
 * cannot be opened, …) is worded by the window's messages, even when another exception wraps it; any other shows its
 * own message.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** The text to show for {@code e}. */
    public static String describe(Throwable e, Messages messages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Translatable tr && messages.has(tr.messageKey())) {
                return messages.text(tr, t.getMessage());
            }
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
