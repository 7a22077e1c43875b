package fangrid.importer.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * FastCSV's records as arrays of cells, as its {@code StringArrayHandler} makes them with the same limits, except
 * that a cell whose text the column had just before is given that string again, not a new one: the cell above (an
 * order's lines repeat its order id, customer id, date and kind), else one of the column's recent values (product
 * codes, quantities, prices come back again and again). Making a string of each cell was most of what reading a
 * large file allocated. Equal text, so nothing downstream sees a difference; the importer's checks for "same as the
 * previous line" answer at once on the same string, and its lookups reuse the string's hash.
 */
final class RepeatingCellsHandler extends AbstractBaseCsvCallbackHandler<String[]> {
    /** Recent values kept per column: a few thousand product codes or prices fit. */
    private static final int RECENT_SLOTS = 4096;
    /** Longer text (descriptions, comments) rarely comes again and is not kept. */
    private static final int RECENT_MAX_CHARS = 64;
    private final int maxFields;
    private final int maxFieldSize;
    private final int maxRecordSize;
    private String[] cells = new String[32];
    /** The previous record's cells by column, kept apart from the arrays handed out (their holders may change them). */
    private String[] above = new String[32];
    private int aboveCount;
    /** Per column, made on first use: recent values by a slot of their hash (a later value takes the slot). */
    private String[][] recent = new String[32][];
    private int recordSize;

    RepeatingCellsHandler(int maxFields, int maxFieldSize, int maxRecordSize) {
        this.maxFields = maxFields;
        this.maxFieldSize = maxFieldSize;
        this.maxRecordSize = maxRecordSize;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        recordSize = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (len > maxFieldSize) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                    .formatted(index, getStartingLineNumber(), maxFieldSize));
        }
        recordSize += len;
        if (recordSize > maxRecordSize) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                    .formatted(index, getStartingLineNumber(), maxRecordSize));
        }
        if (index == cells.length) {
            grow();
        }
        String cell = reused(index, buf, offset, len);
        cells[index] = cell;
        above[index] = cell;
    }

    /**
     * The cell above or a recent value of the column when it has this text, else a new string. Hashes are compared
     * first (a string keeps its hash once asked), so the text itself is compared only where it is almost surely equal.
     */
    private String reused(int index, char[] buf, int offset, int len) {
        if (len == 0) {
            return "";
        }
        if (len > RECENT_MAX_CHARS) {
            return new String(buf, offset, len);
        }
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[offset + i];
        }
        String previous = index < aboveCount ? above[index] : null;
        if (previous != null && previous.hashCode() == h && sameText(previous, buf, offset, len)) {
            return previous;
        }
        String[] values = recent[index];
        if (values == null) {
            values = recent[index] = new String[RECENT_SLOTS];
        }
        int slot = (h ^ h >>> 12) & (RECENT_SLOTS - 1);
        String known = values[slot];
        if (known != null && known.hashCode() == h && sameText(known, buf, offset, len)) {
            return known;
        }
        return values[slot] = new String(buf, offset, len);
    }

    private static boolean sameText(String s, char[] buf, int offset, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != buf[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        if (cells.length == maxFields) {
            throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                    .formatted(getStartingLineNumber(), maxFields));
        }
        int size = Math.min(maxFields, cells.length * 2);
        cells = Arrays.copyOf(cells, size);
        above = Arrays.copyOf(above, size);
        recent = Arrays.copyOf(recent, size);
    }

    @Override
    protected void handleEmpty() {
        cells[0] = "";
    }

    @Override
    protected String[] buildRecord() {
        int count = getFieldCount();
        aboveCount = count;
        return Arrays.copyOf(cells, count);
    }
}
