package fangrid.domain;

/** Another saved segment already has this name (names are compared ignoring case). */
public final class SegmentNameTakenException extends Exception {
    private static final long serialVersionUID = 1L;

    public SegmentNameTakenException(String name) {
        super("A saved segment named \"" + name + "\" already exists.");
    }
}
