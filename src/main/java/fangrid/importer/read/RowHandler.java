package fangrid.importer.read;

import fangrid.domain.ImportException;

/** Receives the rows of a table one at a time, as text cells. */
@FunctionalInterface
public interface RowHandler {
    /**
     * @param rowNumber the row's number in the file as a spreadsheet shows it (the header is row 1)
     * @param cells     the row's cells, trimmed of nothing; missing trailing cells are absent
     */
    void row(long rowNumber, String[] cells) throws ImportException;
}
