package fangrid.importer.read;

import fangrid.domain.ImportException;
import java.util.ArrayList;
import java.util.List;

/**
 * One workbook row's cells as a sheet reader meets them (empty cells leave gaps, filled with ""), handed on when the
 * row ends. The first non-empty row is the header; empty rows are skipped. Shared by the .xlsx and .xls readers.
 */
final class WorkbookRow {
    private final RowHandler handler;
    private final boolean headerToo;
    private final List<String> cells = new ArrayList<>();
    private boolean headerPassed;

    /** @param headerToo whether the header row is handed on too */
    WorkbookRow(RowHandler handler, boolean headerToo) {
        this.handler = handler;
        this.headerToo = headerToo;
    }

    /** Sets the cell in {@code column} (from 0). */
    void set(int column, String value) {
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    /** The column after the last cell set. */
    int width() {
        return cells.size();
    }

    /**
     * Hands on the row gathered so far, unless it is empty (or the header when that is not wanted), and starts the
     * next one.
     *
     * @param rowNumber the row's number as the spreadsheet shows it (from 1)
     */
    void end(long rowNumber) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
            return;
        }
        boolean isHeader = !headerPassed;
        headerPassed = true;
        String[] values = cells.toArray(String[]::new);
        cells.clear();
        if (isHeader && !headerToo) {
            return;
        }
        try {
            handler.row(rowNumber, values);
        } catch (ImportException e) {
            throw new WrappedImportException(e);
        }
    }
}
