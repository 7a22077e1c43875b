package fangrid.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an .xlsx workbook with POI's SAX reader, never loading the workbook.
 * Date cells come out as ISO text ({@code 2024-01-05} or {@code 2024-01-05T13:45}), whatever their display format.
 */
public final class XlsxTableReader implements TableReader {
    private final Path file;
    private final String sheetName;
    private final List<String> header;

    /** @param sheetName the sheet to read, or null for the first one */
    public XlsxTableReader(Path file, String sheetName) throws ImportException {
        this.file = file;
        this.sheetName = sheetName;
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
            throw new ImportException(file.getFileName() + " has no header row in sheet " + describeSheet() + ".");
        }
        this.header = List.copyOf(h);
    }

    @Override
    public String describe() {
        return "xlsx, sheet " + describeSheet();
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
        return sheetName == null ? "1" : "'" + sheetName + "'";
    }

    private void stream(RowHandler handler, boolean headerToo) throws ImportException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheetName == null || sheetName.equals(sheets.getSheetName())) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                                new RowCollector(handler, headerToo), new IsoDateFormatter(), false));
                        xml.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
            throw new ImportException(file.getFileName() + " has no sheet " + describeSheet() + ".");
        } catch (WrappedImportException e) {
            throw e.cause;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ImportException(file.getFileName() + " is not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    /** Gathers one row's cells, filling gaps left by empty cells, and hands it on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final boolean headerToo;
        private final List<String> cells = new ArrayList<>();
        private int rowNum;

        RowCollector(RowHandler handler, boolean headerToo) {
            this.handler = handler;
            this.headerToo = headerToo;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 && !headerToo || cells.isEmpty()) {
                return;
            }
            try {
                handler.row(rowNum + 1L, cells.toArray(String[]::new));
            } catch (ImportException e) {
                throw new WrappedImportException(e);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new org.apache.poi.ss.util.CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value);
        }
    }

    /** Formats date cells as ISO text so that the value parsers need not guess a display format. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904, true);
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class WrappedImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportException cause;

        WrappedImportException(ImportException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
