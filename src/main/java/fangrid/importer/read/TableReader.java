package fangrid.importer.read;

import fangrid.domain.ImportException;
import fangrid.domain.ReadOptions;
import fangrid.files.IoReasons;
import fangrid.importer.detect.TextDetection;
import fangrid.importer.detect.WorkbookKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Streams a spreadsheet-like file: its header row, then every data row, never holding the whole file. */
public interface TableReader {
    /** The header cells (the first non-empty row). */
    List<String> header();

    /** Pushes every data row to {@code handler}, in file order. */
    void rows(RowHandler handler) throws ImportException;

    /** A one-line account of how the file is read, e.g. {@code windows-31j, comma-separated}. */
    String describe();

    /**
     * Whether numbers come as the file stores them ({@code 1234.5}), whatever they look like on screen: a workbook's
     * do, so a decimal comma does not apply to them. False for text, whose numbers are written out.
     */
    default boolean numbersAsStored() {
        return false;
    }

    /** Opens the right reader for a file, detecting its format. */
    static TableReader open(Path file) throws ImportException {
        return open(file, ReadOptions.DETECT);
    }

    /**
     * Opens the right reader for a file: a workbook by its content (an .xlsx or .xls renamed .csv is still read as
     * the workbook it is), else by its extension (.xlsx, .xlsm, .xls), else as delimited text.
     * An .xls that is really text (some shop systems export tab-separated text so named) is read as text.
     */
    static TableReader open(Path file, ReadOptions options) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return DelimitedTableReader.open(file, options.charset(), options.delimiter());
        }
        WorkbookKind kind = WorkbookKind.of(file);
        boolean xlsxName = name.endsWith(".xlsx") || name.endsWith(".xlsm");
        if (kind == WorkbookKind.XLSX || kind == WorkbookKind.NONE && xlsxName) {
            return new XlsxTableReader(file, options.sheet());
        }
        if (kind == WorkbookKind.XLS || name.endsWith(".xls") && !isPlainText(file)) {
            return new XlsTableReader(file, options.sheet());
        }
        return DelimitedTableReader.open(file, options.charset(), options.delimiter());
    }

    /**
     * The sheet names of a workbook in tab order, read without loading it, for a sheet chooser;
     * an empty list for a text file, which has no sheets.
     */
    static List<String> sheetNames(Path file) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        WorkbookKind kind = name.endsWith(".gz") ? WorkbookKind.NONE : WorkbookKind.of(file);
        if (kind == WorkbookKind.XLSX) {
            return XlsxTableReader.sheetNames(file);
        }
        if (kind == WorkbookKind.XLS) {
            return XlsTableReader.sheetNames(file);
        }
        return List.of();
    }

    private static boolean isPlainText(Path file) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TextDetection.SNIFF_BYTES);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + IoReasons.of(e), e);
        }
        if (head.length == 0 || XlsTableReader.looksLikeMarkup(head)) {
            return false;
        }
        try {
            TextDetection.requireText(head, TextDetection.detectCharset(head, null), file.getFileName().toString());
            return true;
        } catch (ImportException | IOException notText) {
            return false;
        }
    }
}
