package fangrid.domain;

/**
 * A project file that is damaged or cut short: it was not opened and not written to. When H2 can still read an
 * earlier or partial state of it, {@link #copyReadable} says so, and a read-only copy shows that.
 */
public class DamagedProjectException extends ProjectException {
    private static final long serialVersionUID = 1L;

    private final boolean copyReadable;

    public DamagedProjectException(String message, boolean copyReadable) {
        super(message);
        this.copyReadable = copyReadable;
    }

    /** Whether a read-only copy of the file would show what can still be read of it. */
    public boolean copyReadable() {
        return copyReadable;
    }
}
