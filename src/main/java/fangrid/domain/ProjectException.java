package fangrid.domain;

import fangrid.domain.Translatable;
import java.util.List;

/**
 * A project file that cannot be opened or used. {@link #getMessage()} says why in English (the command line's
 * words); {@link #reason()} and {@link #messageArguments()} say it for the window, which words it in its language.
 */
public class ProjectException extends Exception implements Translatable {
    private static final long serialVersionUID = 1L;

    /**
     * Why a project cannot be used; the window's message is {@code error.project.<key>}. Its arguments: the
     * project (its path, or its file name where the English message names only that), then what each reason says.
     */
    public enum Reason {
        /** Creating a project where a file already is. */
        EXISTS("exists"),
        /** No project file at the path. */
        NOT_FOUND("notFound"),
        /** Another FanGrid window or process has the project open. */
        IN_USE("inUse"),
        /** A path FanGrid refuses (a ';' would reach H2's connection settings). */
        BAD_PATH("badPath"),
        /** The folder for a new project cannot be made; the second argument is the system's reason. */
        CANNOT_CREATE("cannotCreate"),
        /** The file holds database code FanGrid projects never have, so it was not opened. */
        UNSAFE("unsafe"),
        /** A newer FanGrid wrote the project; the arguments are its schema version and the latest this one reads. */
        NEWER_VERSION("newerVersion"),
        /** The file cannot be read as a project; the second argument is the database's reason. */
        CANNOT_OPEN("cannotOpen"),
        /** An encrypted project opened without its password. */
        PASSWORD_NEEDED("passwordNeeded"),
        /** A password that does not open the encrypted project. */
        WRONG_PASSWORD("wrongPassword"),
        /** Encrypting a project that is encrypted already, or removing the password of one that has none. */
        ENCRYPTION_UNCHANGED("encryptionUnchanged"),
        /** Anything else: the English message is all there is. */
        OTHER(null);

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    /** A failure without a reason of its own: the window shows {@code message} as it is. */
    public ProjectException(String message) {
        this(message, null);
    }

    /** A failure without a reason of its own: the window shows {@code message} as it is. */
    public ProjectException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.OTHER;
        this.arguments = List.of();
    }

    /** A failure for {@code reason}: {@code message} is the English text, {@code arguments} the window's. */
    public ProjectException(Reason reason, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.reason = reason;
        this.arguments = java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return reason.key == null ? null : "error.project." + reason.key;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments == null ? List.of() : arguments;
    }
}
