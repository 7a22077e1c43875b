package fangrid.analysis;

import fangrid.domain.CustomerGroup;
import fangrid.domain.MigrationAxis;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Where the customers of one analysis date stand at a later one: a matrix of states (rows: from, columns: to; see
 * {@link MigrationAxis#states}) with each cell's customers and their net sales between the two dates. Rows hold the
 * base at the later date, so the "new" row is the people who became customers in between. Keeps each person's two
 * states, so that any cell's people are one pass over two byte columns.
 */
public final class Migration {
    private final MigrationAxis axis;
    private final LocalDate from;
    private final LocalDate to;
    private final List<String> states;
    /** Each person's cell, from × states + to, as one byte (at most 11 × 11 cells); −1 outside the base. */
    private final byte[] cell;
    private final int[][] customers;
    private final double[][] netSales;

    /** @param states the axis's states ({@link MigrationAxis#states}); {@code fromState} and {@code toState} index them */
    Migration(MigrationAxis axis, List<String> states, LocalDate from, LocalDate to, byte[] fromState, byte[] toState,
              double[] sales) {
        this.axis = axis;
        this.from = from;
        this.to = to;
        this.states = List.copyOf(states);
        int n = this.states.size();
        customers = new int[n][n];
        netSales = new double[n][n];
        cell = new byte[fromState.length];
        for (int i = 0; i < fromState.length; i++) {
            int a = fromState[i];
            int b = toState[i];
            if (a >= 0 && b >= 0) {
                customers[a][b]++;
                netSales[a][b] += sales[i];
                cell[i] = (byte) (a * n + b);
            } else {
                cell[i] = -1;
            }
        }
    }

    public MigrationAxis axis() {
        return axis;
    }

    /** The earlier analysis date. */
    public LocalDate from() {
        return from;
    }

    /** The later analysis date. */
    public LocalDate to() {
        return to;
    }

    /** The states in row and column order, e.g. {@code new, none, R1F1, …, R3F3}. */
    public List<String> states() {
        return states;
    }

    /** The customers in state {@code from} at the earlier date and {@code to} at the later one (state indices). */
    public int customers(int from, int to) {
        return customers[from][to];
    }

    /** Their net sales on orders dated between the two dates (from inclusive, to exclusive). */
    public double netSales(int from, int to) {
        return netSales[from][to];
    }

    /** The customers in state {@code from} at the earlier date (of the base at the later one). */
    public int rowTotal(int from) {
        int n = 0;
        for (int c : customers[from]) {
            n += c;
        }
        return n;
    }

    /** The customers in state {@code to} at the later date. */
    public int columnTotal(int to) {
        int n = 0;
        for (int[] row : customers) {
            n += row[to];
        }
        return n;
    }

    /** The cell's share of its row (0–1), NaN for an empty row. */
    public double shareOfRow(int from, int to) {
        int row = rowTotal(from);
        return row == 0 ? Double.NaN : (double) customers[from][to] / row;
    }

    /** The base at the later date: every cell. */
    public int base() {
        int n = 0;
        for (int s = 0; s < states.size(); s++) {
            n += rowTotal(s);
        }
        return n;
    }

    /** The cell as a group, e.g. {@code R1F3>R2F3@2026-11-01..2026-12-01}. */
    public CustomerGroup.Transition group(int from, int to) {
        return new CustomerGroup.Transition(axis, states.get(from), states.get(to), this.from, this.to);
    }

    /** Whether this migration's cells include {@code t}'s: same axis and dates. */
    public boolean holds(CustomerGroup.Transition t) {
        return t.axis() == axis && t.fromDate().equals(from) && t.toDate().equals(to);
    }

    /** The people of transition {@code t}, which this migration {@link #holds}. */
    public Selection members(CustomerGroup.Transition t) {
        if (!holds(t)) {
            throw new IllegalArgumentException(t.id() + " is not a cell of " + axis.id() + "@" + from + ".." + to);
        }
        int a = states.indexOf(t.from());
        int b = states.indexOf(t.to());
        byte k = (byte) (a * states.size() + b);
        int[] people = new int[customers[a][b]];
        int n = 0;
        for (int i = 0; i < cell.length; i++) {
            if (cell[i] == k) {
                people[n++] = i;
            }
        }
        return new BitmapBackedSelection(people);
    }
}
