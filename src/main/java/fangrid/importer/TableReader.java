package fangrid.importer;

import java.util.List;

/** Streams a spreadsheet-like file: its header row, then every data row, never holding the whole file. */
public interface TableReader {
    /** The header cells (row 1). */
    List<String> header();

    /** Pushes every data row to {@code handler}, in file order. */
    void rows(RowHandler handler) throws ImportException;

    /** A one-line account of how the file is read, e.g. {@code windows-31j, comma-separated}. */
    String describe();

    /** Opens the right reader for a file, detecting its format. */
    static TableReader open(java.nio.file.Path file) throws ImportException {
        return open(file, ReadOptions.DETECT);
    }

    /** Opens the right reader for a file, by its extension (.xlsx) or else as delimited text. */
    static TableReader open(java.nio.file.Path file, ReadOptions options) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return new XlsxTableReader(file, options.sheet());
        }
        return DelimitedTableReader.open(file, options.charset(), options.delimiter());
    }
}
