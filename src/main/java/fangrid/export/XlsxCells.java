package fangrid.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Customer rows as an .xlsx workbook, streamed with POI's SXSSF: only a window of rows is in memory, the rest goes
 * to a temporary file. A sheet holds at most 1,048,575 customers; more continue on "customers 2", … with the header.
 */
final class XlsxCells implements CellWriter, Closeable {
    /** Data rows per sheet: Excel's row limit less the header. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int ROWS_IN_MEMORY = 256;
    private static final String SHEET = "customers";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, false);
    private final List<CustomerField> fields;
    private final SafeText safe = new SafeText(null);
    /**
     * The workbook's default style, set on every plain cell: a cell without a style makes POI look for its column's
     * default style among the sheet's column widths (XML objects), which took well over half of an export's time.
     */
    private final CellStyle plainStyle;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private SXSSFSheet sheet;
    private int nextRow;
    private Row row;
    private int column;

    XlsxCells(List<CustomerField> fields) {
        this.fields = fields;
        plainStyle = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        newSheet();
    }

    void row(CustomerRows rows, int i) throws IOException {
        if (nextRow > ROWS_PER_SHEET) {
            newSheet();
        }
        row = sheet.createRow(nextRow++);
        column = 0;
        for (CustomerField f : fields) {
            f.write(rows, i, this);
        }
    }

    void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private void newSheet() {
        int n = workbook.getNumberOfSheets();
        sheet = workbook.createSheet(n == 0 ? SHEET : SHEET + " " + (n + 1));
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        for (int c = 0; c < fields.size(); c++) {
            String name = fields.get(c).header();
            header.createCell(c).setCellValue(name);
            header.getCell(c).setCellStyle(headerStyle);
            sheet.setColumnWidth(c, Math.max(10, name.length() + 2) * 256);
        }
        nextRow = 1;
    }

    @Override
    public void text(String value) {
        String v = safe.cell(value);
        if (v == null || v.isEmpty()) {
            column++;
        } else {
            cell(plainStyle).setCellValue(v);
        }
    }

    @Override
    public void number(long value) {
        cell(plainStyle).setCellValue((double) value);
    }

    @Override
    public void number(double value) {
        cell(plainStyle).setCellValue(value);
    }

    @Override
    public void bool(boolean value) {
        cell(plainStyle).setCellValue(value);
    }

    @Override
    public void date(LocalDate value) {
        if (value == null) {
            column++;
        } else {
            cell(dateStyle).setCellValue(value);
        }
    }

    private Cell cell(CellStyle style) {
        Cell c = row.createCell(column++);
        c.setCellStyle(style);
        return c;
    }

    @Override
    public void empty() {
        column++;
    }

    /**
     * Closes the workbook, which in POI 5 deletes SXSSF's temporary sheet files. Rows still in memory (a cancelled
     * export) are flushed first: the close would otherwise fail to dispose of their sheet and log a warning.
     */
    @Override
    public void close() throws IOException {
        try {
            for (int k = 0; k < workbook.getNumberOfSheets(); k++) {
                workbook.getSheetAt(k).flushRows();
            }
        } finally {
            workbook.close();
        }
    }
}
