package fangrid.analysis;

import fangrid.domain.CustomerNames;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import tech.tablesaw.selection.Selection;

/**
 * The rows of segment detail's customer table without JavaFX: customer indices (customer key − 1) in display order,
 * as one int array, so that millions of rows cost no objects. Immutable: sorting and searching return new rows.
 */
public final class CustomerRows {
    /** More days than any interval of purchases spans: keeps shifted overdue days non-negative. */
    private static final int OVERDUE_SHIFT = 1 << 24;

    private final CustomerTable table;
    private final int[] rows;

    private CustomerRows(CustomerTable table, int[] rows) {
        this.table = table;
        this.rows = rows;
    }

    /** The people of {@code filter} (null: everyone) in customer-key order. */
    public static CustomerRows of(CustomerTable table, Selection filter) {
        int[] candidates = filter == null ? null : filter.toArray();
        int n = candidates == null ? table.size() : candidates.length;
        int[] rows = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = candidates == null ? k : candidates[k];
            if (i < table.size() && table.inBase(i)) {
                rows[m++] = i;
            }
        }
        return new CustomerRows(table, Arrays.copyOf(rows, m));
    }

    public CustomerTable table() {
        return table;
    }

    public int size() {
        return rows.length;
    }

    /** The customer index shown in row {@code row}. */
    public int index(int row) {
        return rows[row];
    }

    /** A copy of the indices in display order. */
    public int[] indices() {
        return rows.clone();
    }

    /**
     * The same rows sorted by {@code field}; equal values stay in customer-key order, and people without a value
     * (no purchase, no answer, not scored) come last in either direction.
     */
    public CustomerRows sortedBy(CustomerField field, boolean ascending) {
        return sortedBy(field, ascending, CustomerNames.REAL);
    }

    /** The same rows sorted by {@code field}, customer ids as {@code names} shows them (pseudonyms in key order). */
    public CustomerRows sortedBy(CustomerField field, boolean ascending, CustomerNames names) {
        return new CustomerRows(table, field.isDecimal() ? sortedDecimals(field, ascending)
                : sortedInts(field, ascending, names));
    }

    /** One radix sort of (value, index) packed into longs: ties fall into index order by themselves. */
    private int[] sortedInts(CustomerField field, boolean ascending, CustomerNames names) {
        IntUnaryOperator key = field == CustomerField.CUSTOMER_ID && names.isMasked() ? i -> i : intKey(field);
        long[] packed = new long[rows.length];
        int[] missing = new int[rows.length];
        int n = 0;
        int m = 0;
        for (int i : rows) {
            int v = key.applyAsInt(i);
            if (v < 0) {
                missing[m++] = i;
            } else {
                packed[n++] = (long) (ascending ? v : Integer.MAX_VALUE - v) << 32 | i;
            }
        }
        LongArrays.radixSort(packed, 0, n);
        IntArrays.radixSort(missing, 0, m);
        int[] sorted = new int[rows.length];
        for (int k = 0; k < n; k++) {
            sorted[k] = (int) packed[k];
        }
        System.arraycopy(missing, 0, sorted, n, m);
        return sorted;
    }

    /**
     * A radix sort of (value, index) pairs, the value's bits made to sort as signed longs; people without a value
     * (NaN: fewer than two purchases for intervals) come last in either direction.
     */
    private int[] sortedDecimals(CustomerField field, boolean ascending) {
        java.util.function.IntToDoubleFunction value = decimalKey(field);
        int[] missing = new int[rows.length];
        int m = 0;
        long[] keys = new long[rows.length];
        long[] indices = new long[rows.length];
        int n = 0;
        for (int i : rows) {
            double v = value.applyAsDouble(i);
            if (Double.isNaN(v)) {
                missing[m++] = i;
                continue;
            }
            // + 0.0 turns −0.0 into 0.0; flipping a negative number's other bits makes its order that of a long
            long bits = Double.doubleToLongBits((ascending ? v : -v) + 0.0);
            keys[n] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            indices[n++] = i;
        }
        LongArrays.radixSort(keys, indices, 0, n);
        int[] sorted = new int[rows.length];
        for (int k = 0; k < n; k++) {
            sorted[k] = (int) indices[k];
        }
        System.arraycopy(missing, 0, sorted, n, m);
        return sorted;
    }

    private java.util.function.IntToDoubleFunction decimalKey(CustomerField field) {
        return switch (field) {
            case MONETARY -> table::monetary;
            case RETURN_RATE -> table::returnRate;
            case MEDIAN_INTERVAL -> table::medianIntervalDays;
            case REGULARITY -> table::intervalVariation;
            case VALUE_AT_RISK -> table::valueAtRisk;
            default -> throw new IllegalArgumentException(field + " is not a decimal");
        };
    }

    /** The field's value as a non-negative int, negative where a person has none. */
    private IntUnaryOperator intKey(CustomerField field) {
        return switch (field) {
            case CUSTOMER_ID -> {
                int[] rank = table.ids().rank();
                yield i -> rank[i];
            }
            case RECENCY -> table::recencyDays;
            case FREQUENCY -> table::frequency;
            case RFM_SCORE -> i -> table.rfmScore(i) == 0 ? -1 : table.rfmScore(i);
            case GRID_CELL -> i -> table.gridCell(i) == null ? -1 : table.gridCell(i).index();
            case DECILE -> i -> table.decile(i) == 0 ? -1 : table.decile(i);
            case USAGE -> table::usageLevel;
            case FAVORABILITY -> table::favorability;
            case DAYS_SINCE_FIRST_PURCHASE -> table::daysSinceFirstPurchase;
            case DAYS_OVERDUE, NEXT_PURCHASE_DUE -> i -> {
                // overdue days may be negative (not due yet): shifted by a bound no interval reaches
                int overdue = table.daysOverdue(i);
                int shifted = overdue == CustomerTable.NOT_COMPUTABLE ? -1 : OVERDUE_SHIFT + overdue;
                return field == CustomerField.DAYS_OVERDUE || shifted < 0 ? shifted : 2 * OVERDUE_SHIFT - shifted;
            };
            case CPM -> i -> table.cpmCell(i) == null ? -1 : table.cpmCell(i).index();
            default -> throw new IllegalArgumentException(field + " is a decimal");
        };
    }

    /**
     * The rows whose customer id contains {@code text}, ignoring case and full/half width (ＡＢＣ１２３ finds abc123),
     * in the same order; all rows for blank text.
     */
    public CustomerRows matching(String text) {
        return matching(text, CustomerNames.REAL);
    }

    /**
     * The rows whose customer id, as {@code names} shows it, contains {@code text}: in demo mode a search finds
     * pseudonyms ({@code 0001}), never a real id.
     */
    public CustomerRows matching(String text, CustomerNames names) {
        String folded = CustomerIdColumn.fold(text.strip());
        if (folded.isEmpty()) {
            return this;
        }
        CustomerIdColumn ids = table.ids();
        int[] hits = new int[rows.length];
        int n = 0;
        for (int i : rows) {
            if (names.isMasked() ? containsShown(names, i, ids.id(i), folded) : ids.contains(i, folded)) {
                hits[n++] = i;
            }
        }
        return new CustomerRows(table, Arrays.copyOf(hits, n));
    }

    private static boolean containsShown(CustomerNames names, int i, String id, String folded) {
        String shown = names.id(i, id);
        return shown != null && CustomerIdColumn.fold(shown).contains(folded);
    }
}
