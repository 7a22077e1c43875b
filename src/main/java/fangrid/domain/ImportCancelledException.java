package fangrid.domain;

/** The user cancelled an import; nothing was changed. */
public final class ImportCancelledException extends ImportException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String fileName) {
        super("Import of " + fileName + " cancelled; the project is unchanged.");
    }
}
