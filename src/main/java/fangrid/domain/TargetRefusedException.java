package fangrid.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A target selection that cannot be made from a project's data, and why: {@link #getMessage()} in English (the
 * command line's words), {@link #messageKey()} and {@link #messageArguments()} for the window.
 */
public final class TargetRefusedException extends Exception implements Translatable {
    private static final long serialVersionUID = 1L;

    /** Why; the window's message is {@code target.error.<key>}. */
    public enum Reason {
        /** The project has no transactions. */
        NO_TRANSACTIONS("noTransactions"),
        /** No purchase before the analysis date − horizon; the arguments are that date and the longest horizon. */
        SHORT_HISTORY("shortHistory"),
        /** Saved segments are asked for and the project has none. */
        NO_SEGMENTS("noSegments");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    public TargetRefusedException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "target.error." + reason.key;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments == null ? List.of() : arguments;
    }
}
