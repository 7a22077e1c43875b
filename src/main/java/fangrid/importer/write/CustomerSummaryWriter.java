package fangrid.importer.write;

import fangrid.domain.ColumnMapping;
import fangrid.domain.Field;
import fangrid.domain.SkipReason;
import fangrid.importer.parse.ValueParsers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.List;

/**
 * Stores a customer summary's rows (the column contract of {@code src/main/resources/sql/customer-summary.*.sql}):
 * one row per person, every row of one analysis date, dates ISO and before that date, counts whole and not negative.
 * A person's row is checked for what the aggregation cannot give (a date after the analysis date, occasions without
 * purchase dates, a person twice), so that wrong figures are refused with their row and column, not shown.
 */
final class CustomerSummaryWriter extends RowWriter {
    private final CustomerKeys customers;
    /** The people this file has given a row so far. */
    private final BitSet seen = new BitSet();
    private LocalDate asOf;

    CustomerSummaryWriter(Connection c, ColumnMapping mapping, List<String> header, long importId,
                          CustomerKeys customers) throws SQLException {
        super(c, "INSERT INTO customer_summary(import_id, customer_key, as_of_day, known_since_day, occasions,"
                + " first_purchase_day, last_purchase_day, net_sales, items, return_orders, return_amount,"
                + " median_interval, interval_cv, seasonal, line_count, last_line_day, main_occasions, trial,"
                + " third_main_day, purchase_days, first_occasion_day, last_occasion_day, repeat_net)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mapping, header, importId);
        this.customers = customers;
    }

    @Override
    SkipReason write(String[] cells) throws BadRowException, SQLException {
        String id = code(cells, Field.CUSTOMER_ID);
        if (id == null) {
            return SkipReason.NO_CUSTOMER_ID;
        }
        LocalDate rowAsOf = isoDate(cells, Field.AS_OF);
        if (rowAsOf == null) {
            throw new BadRowException(columnName(Field.AS_OF), "no analysis date");
        }
        if (asOf == null) {
            asOf = rowAsOf;
        } else if (!asOf.equals(rowAsOf)) {
            throw new BadRowException(columnName(Field.AS_OF), "analysis date " + rowAsOf + ", but the rows above have "
                    + asOf + ": a summary is aggregated for one date");
        }
        int occasions = count(cells, Field.OCCASIONS);
        int lines = count(cells, Field.LINE_COUNT);
        int purchaseDays = count(cells, Field.PURCHASE_DAYS);
        int mainOccasions = count(cells, Field.MAIN_OCCASIONS);
        if (purchaseDays > occasions || mainOccasions > occasions) {
            throw new BadRowException(columnName(purchaseDays > occasions ? Field.PURCHASE_DAYS : Field.MAIN_OCCASIONS),
                    "more than the " + occasions + " occasions");
        }
        Integer known = day(cells, Field.KNOWN_SINCE, true);
        Integer firstPurchase = day(cells, Field.FIRST_PURCHASE_DATE, occasions > 0);
        Integer lastPurchase = day(cells, Field.LAST_PURCHASE_DATE, occasions > 0);
        double netSales = amount(cells, Field.NET_SALES, true);
        double items = amount(cells, Field.ITEMS, true);
        int returnOrders = count(cells, Field.RETURN_ORDERS);
        double returnAmount = amount(cells, Field.RETURN_AMOUNT, true);
        Double median = amount(cells, Field.MEDIAN_INTERVAL_DAYS, false);
        Double variation = amount(cells, Field.INTERVAL_CV, false);
        boolean seasonal = flag(cells, Field.SEASONAL);
        Integer lastLine = day(cells, Field.LAST_LINE_DATE, lines > 0);
        boolean trial = flag(cells, Field.TRIAL);
        Integer thirdMain = day(cells, Field.THIRD_MAIN_DATE, null);
        Integer firstOccasion = day(cells, Field.FIRST_OCCASION_DATE, occasions > 0);
        Integer lastOccasion = day(cells, Field.LAST_OCCASION_DATE, occasions > 0);
        double repeatNet = amount(cells, Field.REPEAT_NET_SALES, true);
        int key = customers.keyOf(ValueParsers.id(id), ValueParsers.sourceId(id), importId);
        if (seen.get(key)) {
            throw new BadRowException(columnName(Field.CUSTOMER_ID), "customer \"" + id + "\" has a row above already:"
                    + " a summary has one row per customer");
        }
        seen.set(key);
        statement.setLong(1, importId);
        statement.setInt(2, key);
        statement.setInt(3, (int) asOf.toEpochDay());
        statement.setInt(4, known);
        statement.setInt(5, occasions);
        setNullable(statement, 6, firstPurchase, Types.INTEGER);
        setNullable(statement, 7, lastPurchase, Types.INTEGER);
        statement.setDouble(8, netSales);
        statement.setDouble(9, items);
        statement.setInt(10, returnOrders);
        statement.setDouble(11, returnAmount);
        setNullable(statement, 12, median, Types.DOUBLE);
        setNullable(statement, 13, variation, Types.DOUBLE);
        statement.setBoolean(14, seasonal);
        statement.setInt(15, lines);
        setNullable(statement, 16, lastLine, Types.INTEGER);
        statement.setInt(17, mainOccasions);
        statement.setBoolean(18, trial);
        setNullable(statement, 19, thirdMain, Types.INTEGER);
        statement.setInt(20, purchaseDays);
        setNullable(statement, 21, firstOccasion, Types.INTEGER);
        setNullable(statement, 22, lastOccasion, Types.INTEGER);
        statement.setDouble(23, repeatNet);
        addBatch();
        return null;
    }

    /** A date as the contract writes it, YYYY-MM-DD; null for an empty cell. */
    private LocalDate isoDate(String[] cells, Field f) throws BadRowException {
        String s = raw(cells, f);
        if (s == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRowException(columnName(f), "not a date as YYYY-MM-DD: \"" + s + "\"");
        }
        // the analysis date is the day after the latest line, so it may be tomorrow
        String outside = mapping.dateRange().outside(f == Field.AS_OF ? d.minusDays(1) : d);
        if (outside != null && !mapping.dateRange().outsideAccepted()) {
            throw new BadRowException(columnName(f), "a date " + outside + ": \"" + s + "\" (if such dates are right,"
                    + " accept them; command line: --allow-future-dates)");
        }
        return d;
    }

    /**
     * The epoch day of a date before the analysis date.
     *
     * @param present true: the cell must hold a date; false: it must be empty; null: either
     */
    private Integer day(String[] cells, Field f, Boolean present) throws BadRowException {
        LocalDate d = isoDate(cells, f);
        if (present != null && present != (d != null)) {
            throw new BadRowException(columnName(f), present ? "no date, though the counts say there is one"
                    : "a date, though the counts say there is none");
        }
        if (d != null && !d.isBefore(asOf)) {
            throw new BadRowException(columnName(f), d + " is not before the analysis date " + asOf);
        }
        return d == null ? null : (int) d.toEpochDay();
    }

    private int count(String[] cells, Field f) throws BadRowException {
        Double v = number(cells, f);
        if (v == null || v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
            throw new BadRowException(columnName(f), "must be a whole number, 0 or more: \""
                    + (v == null ? "" : raw(cells, f)) + "\"");
        }
        return v.intValue();
    }

    /** @param required whether an empty cell is bad (else it is null) */
    private Double amount(String[] cells, Field f, boolean required) throws BadRowException {
        Double v = number(cells, f);
        if (v == null && required) {
            throw new BadRowException(columnName(f), "no number");
        }
        return v;
    }

    private boolean flag(String[] cells, Field f) throws BadRowException {
        String s = raw(cells, f);
        if ("1".equals(s) || "true".equalsIgnoreCase(s)) {
            return true;
        }
        if ("0".equals(s) || "false".equalsIgnoreCase(s)) {
            return false;
        }
        throw new BadRowException(columnName(f), "must be 1 or 0: \"" + (s == null ? "" : s) + "\"");
    }
}
