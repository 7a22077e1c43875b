package fangrid.importer.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * FastCSV's records as arrays of cells, as its {@code StringArrayHandler} makes them with the same limits, except
 * that a cell whose text is the one above it (same column, previous record) is that cell's string, not a new one:
 * an order's lines repeat its order id, customer id, date and kind, and making a string of each is most of what
 * reading a large file allocates. Equal text, so nothing downstream sees a difference, and the importer's checks for
 * "same as the previous line" ({@code equals}) answer at once on the same string.
 */
final class RepeatingCellsHandler extends AbstractBaseCsvCallbackHandler<String[]> {
    private final int maxFields;
    private final int maxFieldSize;
    private final int maxRecordSize;
    private String[] cells = new String[32];
    /** The previous record's cells by column, kept apart from the arrays handed out (their holders may change them). */
    private String[] above = new String[32];
    private int aboveCount;
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
        String previous = index < aboveCount ? above[index] : null;
        String cell = previous != null && sameText(previous, buf, offset, len) ? previous
                : len == 0 ? "" : new String(buf, offset, len);
        cells[index] = cell;
        above[index] = cell;
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
