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
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an .xlsx workbook with POI's package and SAX reading, never loading the workbook; the sheet's
 * XML goes to an {@link XlsxSheetHandler}. Cells come out as {@link CellTextFormatter} writes them: dates as ISO
 * text, numbers unrounded.
 * POI's zip-bomb limits ({@code ZipSecureFile}) stay on: a part that inflates a hundredfold is refused.
 */
public final class XlsxTableReader implements TableReader {
    private static final String NOT_READABLE = " is not a readable .xlsx workbook: ";

    private final Path file;
    private final String fileName;
    private final List<String> sheetNames;
    private final int sheetIndex;
    private final List<String> header;

    /** @param sheetName the sheet to read, or null for the first one */
    public XlsxTableReader(Path file, String sheetName) throws ImportException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.sheetNames = sheetNames(file);
        this.sheetIndex = SheetChoice.pick(fileName, sheetNames, sheetName);
        List<String> h = new ArrayList<>();
        try {
            stream((row, cells) -> {
                h.addAll(List.of(cells));
                throw new StopReading();
            }, true);
        } catch (StopReading done) {
            // the header is all we wanted
        }
        if (h.isEmpty()) {
            throw new ImportException(fileName + " has no header row in " + describeSheet() + ".");
        }
        this.header = List.copyOf(h);
    }

    /** The workbook's sheet names in tab order, read without loading any sheet (for a sheet chooser). */
    public static List<String> sheetNames(Path file) throws ImportException {
        String fileName = file.getFileName().toString();
        requireZip(file, fileName);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return List.copyOf(names);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw failure(fileName, e);
        }
    }

    @Override
    public boolean numbersAsStored() {
        return true;
    }

    @Override
    public String describe() {
        return "xlsx, " + describeSheet();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public void rows(RowHandler handler) throws ImportException {
        stream(handler, false);
    }

    private String describeSheet() {
        return SheetChoice.describe(sheetNames, sheetIndex);
    }

    private void stream(RowHandler handler, boolean headerToo) throws ImportException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == sheetIndex) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new XlsxSheetHandler(new WorkbookRow(handler, headerToo),
                                new XlsxCellText(styles, strings)));
                        xml.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
            throw new ImportException(fileName + " has no " + describeSheet() + ".");
        } catch (WrappedImportException e) {
            throw e.importException();
        } catch (StopReading e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw failure(fileName, e);
        }
    }

    /**
     * Fails early, without POI's fallback of scanning a broken zip entry by entry, unless the file is a whole zip:
     * a truncated download, a renamed text file or an old .xls each get their own message.
     */
    private static void requireZip(Path file, String fileName) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + fileName + ": " + IoReasons.of(e), e);
        }
        if (head.length == 0) {
            throw new ImportException(fileName + NOT_READABLE + "it is empty (0 bytes).");
        }
        if (TextDetection.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportException(fileName + NOT_READABLE + "it is an Excel 97–2003 workbook or a password-"
                    + "protected one. Name it .xls, or remove the password in Excel and save it again.");
        }
        if (!TextDetection.startsWith(head, 'P', 'K', 3, 4)) {
            throw new ImportException(fileName + NOT_READABLE + "it is not a workbook at all (no zip signature)"
                    + (looksLikeText(head) ? "; it looks like text: if it is a CSV file, name it .csv." : "."));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new ImportException(fileName + NOT_READABLE + "it is an Excel binary workbook (.xlsb). "
                        + "Open it in Excel and save it as .xlsx, then import that.");
            }
            if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
                throw new ImportException(fileName + NOT_READABLE + "it is an OpenDocument spreadsheet (.ods). "
                        + "Save it as .xlsx or CSV, then import that.");
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new ImportException(fileName + NOT_READABLE + "it is a zip archive but not an Excel workbook.");
            }
        } catch (IOException e) {
            throw new ImportException(fileName + NOT_READABLE + "it is cut short or damaged (its zip directory cannot "
                    + "be read), perhaps by an interrupted download or copy. Export or copy it again.", e);
        }
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A user's account of what POI or the zip layer reported, never POI's own long text. */
    private static ImportException failure(String fileName, Throwable e) {
        if (e instanceof ImportException ie) {
            return ie;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.startsWith("Zip bomb detected")) {
                return new ImportException(fileName + NOT_READABLE + "it looks unsafe: a part of it would expand to "
                        + "more than 100 times its packed size, or beyond 4 GB (a \"zip bomb\"), so it was not opened. "
                        + "If you trust the file, open it in Excel and save it as CSV, then import that.", e);
            }
            if (m.contains("potentially malicious")) {
                return new ImportException(fileName + NOT_READABLE + "it looks unsafe: it holds far more parts than "
                        + "a workbook does, so it was not opened.", e);
            }
            if (t instanceof OLE2NotOfficeXmlFileException) {
                return new ImportException(fileName + NOT_READABLE + "it is an Excel 97–2003 workbook or a "
                        + "password-protected one.", e);
            }
        }
        return new ImportException(fileName + NOT_READABLE + "it is damaged, or parts of a workbook are missing. "
                + "Export or copy it again, or open it in Excel and save it again.", e);
    }
}
