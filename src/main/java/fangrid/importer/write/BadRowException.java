package fangrid.importer.write;

/** Thrown by a row writer for a row it cannot take; the import either stops or skips the row. */
public final class BadRowException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String column;

    BadRowException(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    /** The column that could not be read. */
    public String column() {
        return column;
    }
}
