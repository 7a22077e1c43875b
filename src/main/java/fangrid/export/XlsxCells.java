package fangrid.export;

import fangrid.files.SpreadsheetText;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
 * Text is written as it is: a text cell is never a formula. Text that would become one if a user retyped it
 * ({@code =1+1}) gets Excel's "quote prefix" style, which is what typing {@code '=1+1} gives: the cell shows
 * {@code =1+1} and stays text when edited.
 */
final class XlsxCells implements CellWriter, Closeable {
    /** Data rows per sheet: Excel's row limit less the header. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int ROWS_IN_MEMORY = 256;
    private static final String SHEET = "customers";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, false);
    private final List<ExportColumn> fields;
    private final List<String> header;
    /**
     * The workbook's default style, set on every plain cell: a cell without a style makes POI look for its column's
     * default style among the sheet's column widths (XML objects), which took well over half of an export's time.
     */
    private final CellStyle plainStyle;
    private final CellStyle quotedStyle;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle percentStyle;
    private SXSSFSheet sheet;
    private int nextRow;
    private Row row;
    private int column;

    /** @param header the columns' headers, in the order of {@code fields} */
    XlsxCells(List<ExportColumn> fields, List<String> header) {
        this.fields = fields;
        this.header = header;
        plainStyle = workbook.getCellStyleAt(0);
        quotedStyle = workbook.createCellStyle();
        quotedStyle.setQuotePrefixed(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        percentStyle = workbook.createCellStyle();
        percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        newSheet();
    }

    void row(ExportSource source, int i) throws IOException {
        if (nextRow > ROWS_PER_SHEET) {
            newSheet();
        }
        row = sheet.createRow(nextRow++);
        column = 0;
        for (ExportColumn f : fields) {
            f.write(source, i, this);
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
        Row first = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            first.createCell(c).setCellValue(name);
            first.getCell(c).setCellStyle(headerStyle);
            sheet.setColumnWidth(c, Math.max(10, displayWidth(name) + 2) * 256);
        }
        nextRow = 1;
    }

    /** A header's width in character widths: Japanese characters take two. */
    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }

    @Override
    public void text(String value) {
        if (value == null || value.isEmpty()) {
            column++;
        } else {
            cell(SpreadsheetText.looksLikeFormula(value) ? quotedStyle : plainStyle).setCellValue(value);
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
    public void percent(BigDecimal share) {
        cell(percentStyle).setCellValue(share.doubleValue());
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
