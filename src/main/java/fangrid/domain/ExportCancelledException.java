package fangrid.domain;

/** The user cancelled an export; no file was written or replaced. */
public final class ExportCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String fileName) {
        super("Export to " + fileName + " cancelled; no file was written.");
    }
}
