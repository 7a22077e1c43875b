package fangrid.importer.write;

import fangrid.domain.BadRow;
import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.DateRange;
import fangrid.domain.Field;
import fangrid.domain.SkipReason;
import fangrid.importer.parse.PlainNumbers;
import fangrid.importer.parse.SpreadsheetNumbers;
import fangrid.importer.parse.ValueParsers;
import fangrid.store.OrderLineSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores the rows of one kind of file in batches. Subclasses read their fields with the helpers here,
 * which throw {@link BadRowException} naming the column of a value that cannot be read.
 */
public abstract class RowWriter implements AutoCloseable {
    /** Why a row without a customer id is left out (e.g. a guest order). */
    public static final String NO_CUSTOMER_ID = "no customer id";
    /** Why a catalog row without a product code is left out. */
    public static final String NO_PRODUCT_CODE = "no product code";
    private static final int BATCH = 10_000;

    protected final ColumnMapping mapping;
    protected final List<String> header;
    protected final long importId;
    protected final PreparedStatement statement;
    private final DateRange dateRange;
    private final char decimalMark;
    private int pending;
    private boolean commitEachBatch;
    /** The date cell read last and its date: an order's lines repeat their date, so most reads are this one. */
    private Field lastDateField;
    private String lastDateCell;
    private LocalDate lastDate;
    /** Why the last date read is outside {@link #dateRange} (accepted), or null when it is inside. */
    private String lastDateOutside;
    private long datesOutsideRange;
    private BadRow lastDateOutsideRange;

    RowWriter(Connection c, String sql, ColumnMapping mapping, List<String> header, long importId) throws SQLException {
        this.mapping = mapping;
        this.header = header;
        this.importId = importId;
        this.statement = sql == null ? null : c.prepareStatement(sql);
        this.dateRange = mapping.dateRange();
        this.decimalMark = mapping.decimalMark().mark();
    }

    /**
     * Stores one row.
     *
     * @return null when stored, or why it was skipped on purpose (e.g. no customer id)
     */
    abstract SkipReason write(String[] cells) throws BadRowException, SQLException;

    /** The writer for a file of {@code kind}, its rows filed under import {@code importId}. */
    public static RowWriter of(DataKind kind, Connection c, ColumnMapping m, List<String> header, long importId,
                               CustomerKeys keys, boolean fingerprintLines) throws SQLException {
        return switch (kind) {
            case TRANSACTIONS -> new TransactionWriter(c, m, header, importId, keys, fingerprintLines);
            case CUSTOMERS -> new CustomerWriter(c, m, header, importId, keys);
            case SURVEY -> new SurveyWriter(c, m, header, importId, keys);
            case CATALOG -> new CatalogWriter(c, m, header, importId);
        };
    }

    /**
     * The writer of an order-line file into memory, with no project ({@code analyze --input}): its lines go to
     * {@code lines}, its people to {@code keys} ({@link CustomerKeys#inMemory}).
     */
    public static RowWriter ofTransactions(ColumnMapping m, List<String> header, CustomerKeys keys,
                                           OrderLineSink lines) throws SQLException {
        return new TransactionWriter(m, header, keys, lines);
    }

    /** Work for the reading thread: the row's customer key where a writer resolves it there, else −1. */
    public int key(String[] cells) {
        return -1;
    }

    /** Stores a row whose customer key {@link #key} resolved. */
    public SkipReason write(String[] cells, int key) throws BadRowException, SQLException {
        return write(cells);
    }

    /**
     * Commits after every batch: for append-only data, whose rows belong to their import and are removed whole
     * if it does not complete (one huge H2 transaction is several times slower).
     */
    public void commitEachBatch() {
        commitEachBatch = true;
    }

    boolean commitsEachBatch() {
        return commitEachBatch;
    }

    /** Queues the statement's current parameters. */
    protected void addBatch() throws SQLException {
        statement.addBatch();
        countPending();
    }

    /** Counts a row queued on any of the writer's statements, writing the batch when it is full. */
    protected void countPending() throws SQLException {
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Writes the queued rows (and commits them, if so set). */
    public void flush() throws SQLException {
        statement.executeBatch();
        pending = 0;
        if (commitEachBatch) {
            statement.getConnection().commit();
        }
    }

    /** The field's cell as the reader gave it (not stripped), or null when the row has none. */
    protected String cell(String[] cells, Field f) {
        int col = mapping.column(f);
        return col < 0 || col >= cells.length ? null : cells[col];
    }

    protected String raw(String[] cells, Field f) {
        return ValueParsers.text(cell(cells, f));
    }

    protected String columnName(Field f) {
        return header.get(mapping.column(f));
    }

    /**
     * The field's id (customer, order, product), or null when the row has none. A control character in it is bad
     * input: stored, it would be a second person (or order) that no one can tell from the first.
     */
    protected String id(String[] cells, Field f) throws BadRowException {
        String s = code(cells, f);
        return s == null ? null : ValueParsers.id(s);
    }

    /** As {@link #id}, the text as written (stripped): a product code on an order line is stored so. */
    protected String code(String[] cells, Field f) throws BadRowException {
        String s = raw(cells, f);
        if (s != null) {
            refuseControlCharacters(s, f, "an id");
        }
        return s;
    }

    private void refuseControlCharacters(String s, Field f, String what) throws BadRowException {
        int at = ValueParsers.controlCharacter(s);
        if (at >= 0) {
            throw new BadRowException(columnName(f), String.format("a control character (U+%04X) in %s: \"%s\"",
                    (int) s.charAt(at), what, visible(s)));
        }
    }

    /** {@code s} with its control characters written as {@code \\uXXXX}, so that a message shows them. */
    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < ' ' || c >= 0x7F && c <= 0x9F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    /**
     * The field's date, or null when the row has none. A date outside the mapping's {@link DateRange} is bad input
     * unless the user accepts such dates; accepted ones are counted ({@link #datesOutsideRange}).
     */
    protected LocalDate date(String[] cells, Field f) throws BadRowException {
        String cell = cell(cells, f);
        if (f == lastDateField && cell != null && cell.equals(lastDateCell)) {
            if (lastDateOutside != null) {
                countDateOutside(f, lastDateOutside);
            }
            return lastDate;
        }
        String s = ValueParsers.text(cell);
        if (s == null) {
            return null;
        }
        refuseControlCharacters(s, f, "a date");
        LocalDate d = ValueParsers.date(s, mapping.dateOrder());
        if (d == null) {
            throw new BadRowException(columnName(f), "not a date: \"" + s + "\"");
        }
        String outside = dateRange.outside(d);
        if (outside != null) {
            if (!dateRange.outsideAccepted()) {
                throw new BadRowException(columnName(f), "a date " + outside + ": \"" + s + "\" (if such dates are "
                        + "right, accept them; command line: --allow-future-dates)");
            }
            outside = d + ", " + outside;
            countDateOutside(f, outside);
        }
        lastDateField = f;
        lastDateCell = cell;
        lastDate = d;
        lastDateOutside = outside;
        return d;
    }

    private void countDateOutside(Field f, String why) {
        datesOutsideRange++;
        lastDateOutsideRange = new BadRow(0, columnName(f), "date " + why);
    }

    /** How many dates outside the mapping's range were accepted so far (a row may count more than once). */
    public long datesOutsideRange() {
        return datesOutsideRange;
    }

    /** The last date outside the range that was accepted, its column and why (row 0: the caller knows the row). */
    public BadRow lastDateOutsideRange() {
        return lastDateOutsideRange;
    }

    protected Double number(String[] cells, Field f) throws BadRowException {
        double v = numberOrNaN(cells, f);
        return Double.isNaN(v) ? null : v;
    }

    /** As {@link #number}, NaN standing for no value (a number read is never NaN). */
    protected double numberOrNaN(String[] cells, Field f) throws BadRowException {
        String cell = cell(cells, f);
        if (cell == null) {
            return Double.NaN;
        }
        // most cells are plain digits, which blanks and full-width forms cannot be: read them as they come
        double plain = PlainNumbers.parse(cell, decimalMark);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        String s = ValueParsers.text(cell);
        if (s == null) {
            return Double.NaN;
        }
        Double v = ValueParsers.number(s, mapping.decimalMark());
        if (v == null) {
            throw new BadRowException(columnName(f), SpreadsheetNumbers.problem(s, mapping.decimalMark()));
        }
        return v;
    }

    protected Integer smallInt(String[] cells, Field f, int min, int max) throws BadRowException {
        Double v = number(cells, f);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || v < min || v > max) {
            throw new BadRowException(columnName(f), "must be a whole number from " + min + " to " + max + ": " + raw(cells, f));
        }
        return v.intValue();
    }

    protected static void setNullable(PreparedStatement p, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            p.setNull(index, sqlType);
        } else {
            p.setObject(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        if (statement != null) {
            statement.close();
        }
    }
}
