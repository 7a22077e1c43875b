package fangrid.importer.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Follows the BIFF8 record stream of an .xls workbook and hands the rows of one sheet, as text, to a handler:
 * shared strings from the SST record, number formats from {@link FormatTrackingHSSFListener} (so dates come out as
 * ISO text, through {@link CellTextFormatter}), row ends from {@link MissingRecordAwareHSSFListener}.
 * The first non-empty row is the header; empty rows are skipped; row numbers are Excel's.
 */
final class XlsSheetListener implements HSSFListener {
    private final String sheetName;
    private final WorkbookRow cells;
    private final FormatTrackingHSSFListener formats;
    private final CellTextFormatter formatter = new CellTextFormatter();
    private final List<BoundSheetRecord> bounds = new ArrayList<>();
    private BoundSheetRecord[] sheetsInStreamOrder;
    private SSTRecord strings;
    private boolean use1904;
    private int depth;
    private int sheetCount;
    private boolean inGlobals;
    private boolean inSheet;
    private int row = -1;
    private int stringRow = -1;
    private int stringColumn;

    /**
     * @param sheetName the sheet whose rows are wanted
     * @param headerToo whether the header row is handed on too
     */
    XlsSheetListener(String sheetName, RowHandler handler, boolean headerToo) {
        this.sheetName = sheetName;
        this.cells = new WorkbookRow(handler, headerToo);
        this.formats = new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(this));
    }

    /** A request that feeds every record through the format tracker and the missing-record listener to this. */
    HSSFRequest request() {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(formats);
        return request;
    }

    @Override
    public void processRecord(Record r) {
        if (r instanceof BOFRecord bof) {
            startSubstream(bof);
        } else if (r instanceof EOFRecord) {
            endSubstream();
        } else if (depth == 1 && inGlobals) {
            globals(r);
        } else if (depth == 1 && inSheet) {
            cell(r);
        }
    }

    private void startSubstream(BOFRecord bof) {
        if (++depth != 1) {
            return;
        }
        inGlobals = bof.getType() == BOFRecord.TYPE_WORKBOOK;
        if (!inGlobals) {
            if (sheetsInStreamOrder == null) {
                sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(bounds);
            }
            int index = sheetCount++;
            inSheet = index < sheetsInStreamOrder.length && sheetsInStreamOrder[index].getSheetname().equals(sheetName);
        }
    }

    private void endSubstream() {
        if (--depth == 0 && inSheet) {
            endRow();
            throw new StopReading();
        }
    }

    private void globals(Record r) {
        if (r instanceof BoundSheetRecord b) {
            bounds.add(b);
        } else if (r instanceof SSTRecord sst) {
            strings = sst;
        } else if (r instanceof DateWindow1904Record w) {
            use1904 = w.getWindowing() == 1;
        }
    }

    private void cell(Record r) {
        if (r instanceof LastCellOfRowDummyRecord) {
            endRow();
        } else if (r instanceof LabelSSTRecord l) {
            put(l, strings == null ? "" : strings.getString(l.getSSTIndex()).getString());
        } else if (r instanceof LabelRecord l) {
            put(l, l.getValue());
        } else if (r instanceof NumberRecord n) {
            put(n, number(n, n.getValue()));
        } else if (r instanceof BoolErrRecord b) {
            put(b, b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : error(b.getErrorValue()));
        } else if (r instanceof FormulaRecord f) {
            formula(f);
        } else if (r instanceof StringRecord s && stringRow >= 0) {
            put(stringRow, stringColumn, s.getString());
            stringRow = -1;
        }
    }

    /** A formula's last computed value; a text result comes in the StringRecord that follows. */
    private void formula(FormulaRecord f) {
        if (f.hasCachedResultString()) {
            stringRow = f.getRow();
            stringColumn = f.getColumn();
            return;
        }
        CellType type = f.getCachedResultTypeEnum();
        String value = switch (type) {
            case NUMERIC -> number(f, f.getValue());
            case BOOLEAN -> f.getCachedBooleanValue() ? "TRUE" : "FALSE";
            case ERROR -> error(f.getCachedErrorValue());
            default -> "";
        };
        put(f, value);
    }

    private String number(CellValueRecordInterface cell, double value) {
        return formatter.formatRawCellContents(value, formats.getFormatIndex(cell), formats.getFormatString(cell),
                use1904);
    }

    private static String error(int code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private void put(CellValueRecordInterface cell, String value) {
        put(cell.getRow(), cell.getColumn(), value);
    }

    private void put(int cellRow, int column, String value) {
        if (cellRow != row) {
            endRow();
            row = cellRow;
        }
        cells.set(column, value);
    }

    /** Hands on the row gathered so far (Excel counts rows from 1). */
    private void endRow() {
        cells.end(row + 1L);
    }
}
