package fangrid.importer.read;

import fangrid.domain.ImportException;

/** Carries a row handler's ImportException through POI's callbacks, which cannot throw checked exceptions. */
final class WrappedImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportException importException;

    WrappedImportException(ImportException cause) {
        super(cause);
        this.importException = cause;
    }

    ImportException importException() {
        return importException;
    }
}
