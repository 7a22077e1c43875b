package fangrid.importer.read;

import fangrid.domain.ImportException;
import fangrid.files.IoReasons;
import fangrid.importer.detect.TextDetection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Streams one sheet of an Excel 97–2003 (.xls, BIFF8) workbook with POI's HSSF event API, never building the
 * workbook: see {@link XlsSheetListener}. Cells come out as {@link CellTextFormatter} writes them, as for .xlsx.
 */
public final class XlsTableReader implements TableReader {
    private static final String NOT_READABLE = " is not a readable .xls workbook: ";

    private final Path file;
    private final String fileName;
    private final List<String> sheetNames;
    private final int sheetIndex;
    private final List<String> header;

    /** @param sheetName the sheet to read, or null for the first one */
    public XlsTableReader(Path file, String sheetName) throws ImportException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.sheetNames = sheetNames(file);
        this.sheetIndex = SheetChoice.pick(fileName, sheetNames, sheetName);
        List<String> h = new ArrayList<>();
        process(file, new XlsSheetListener(sheetNames.get(sheetIndex), (row, cells) -> {
            h.addAll(List.of(cells));
            throw new StopReading();
        }, true).request());
        if (h.isEmpty()) {
            throw new ImportException(fileName + " has no header row in " + describeSheet() + ".");
        }
        this.header = List.copyOf(h);
    }

    /** The workbook's sheet names in tab order, read from its first records only (for a sheet chooser). */
    public static List<String> sheetNames(Path file) throws ImportException {
        List<String> names = new ArrayList<>();
        HSSFRequest request = new HSSFRequest();
        request.addListener(r -> names.add(((BoundSheetRecord) r).getSheetname()), BoundSheetRecord.sid);
        request.addListener(r -> {
            throw new StopReading(); // the end of the workbook globals, where all sheets are declared
        }, EOFRecord.sid);
        process(file, request);
        return List.copyOf(names);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public void rows(RowHandler handler) throws ImportException {
        process(file, new XlsSheetListener(sheetNames.get(sheetIndex), handler, false).request());
    }

    @Override
    public boolean numbersAsStored() {
        return true;
    }

    @Override
    public String describe() {
        return "xls, " + describeSheet();
    }

    private String describeSheet() {
        return SheetChoice.describe(sheetNames, sheetIndex);
    }

    /** Feeds the workbook's records to {@code request} until the end or a {@link StopReading}. */
    private static void process(Path file, HSSFRequest request) throws ImportException {
        String fileName = file.getFileName().toString();
        requireOle2(file, fileName);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw passwordProtected(fileName, null);
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && root.hasEntryCaseInsensitive("Book")) {
                throw new ImportException(fileName + NOT_READABLE + "it is in the Excel 5.0/95 format. "
                        + "Open it in Excel and save it as .xlsx, then import that.");
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                throw new ImportException(fileName + NOT_READABLE
                        + "it is an Office document but not an Excel workbook.");
            }
            new HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (StopReading done) {
            // read as far as needed
        } catch (WrappedImportException e) {
            throw e.importException();
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(fileName, e);
        } catch (OldExcelFormatException e) {
            throw new ImportException(fileName + NOT_READABLE + "it is in an Excel format older than 97. "
                    + "Open it in Excel and save it as .xlsx, then import that.", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(fileName + NOT_READABLE + "it is cut short or damaged, perhaps by an "
                    + "interrupted download or copy. Export or copy it again.", e);
        }
    }

    private static ImportException passwordProtected(String fileName, Exception cause) {
        return new ImportException(fileName + " is password-protected. Open it in Excel, remove the password "
                + "(File › Info › Protect Workbook › Encrypt with Password), save it, and import it again.", cause);
    }

    /** Refuses, each with its own advice, what is not an OLE2 file: an .xlsx, a web page or text named .xls … */
    private static void requireOle2(Path file, String fileName) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + fileName + ": " + IoReasons.of(e), e);
        }
        if (TextDetection.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return;
        }
        if (head.length == 0) {
            throw new ImportException(fileName + NOT_READABLE + "it is empty (0 bytes).");
        }
        if (TextDetection.startsWith(head, 'P', 'K', 3, 4)) {
            throw new ImportException(fileName + NOT_READABLE + "it is an .xlsx workbook; name it .xlsx.");
        }
        if (looksLikeMarkup(head)) {
            throw new ImportException(fileName + NOT_READABLE + "it is a web page (HTML or XML) saved with an .xls "
                    + "name. Open it in Excel and save it as .xlsx or CSV, then import that.");
        }
        throw new ImportException(fileName + NOT_READABLE + "it is not an Excel workbook.");
    }

    /** Whether the file starts, after blanks and a BOM, with {@code <}: HTML or XML some shop systems name .xls. */
    static boolean looksLikeMarkup(byte[] head) {
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<");
    }
}
