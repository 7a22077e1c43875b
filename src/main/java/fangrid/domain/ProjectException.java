package fangrid.domain;

/** A project file that cannot be opened or used, with a message fit to show the user. */
public class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
