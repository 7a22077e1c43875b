package fangrid.analysis;

import fangrid.store.CustomerColumnCopy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the per-customer columns of an analysis of all products in the project ({@link CustomerColumnCopy}) and reads
 * them back when the same columns are asked for again, instead of building them from the order lines: the very arrays
 * the build made, bit for bit. The key names the analysis date, the window, {@link #BUILD} and the kinds of the
 * columns; the copy's own key adds the project's imports, so other data are never read from a copy.
 */
final class StoredColumns {
    /**
     * The column build's version, in the key: raise it with any change to {@link CustomerColumnsLoader} or the steps
     * it runs that may change a column's values, so that copies kept before it are built again.
     */
    static final int BUILD = 1;

    private StoredColumns() {
    }

    /** The columns kept for {@code asOf} and {@code windowMonths} of all products, if the project holds them. */
    static Optional<CustomerColumns> read(Connection c, LocalDate asOf, int windowMonths) throws SQLException {
        Optional<CustomerColumnCopy.Found> found = CustomerColumnCopy.find(c, key(asOf, windowMonths));
        if (found.isEmpty() || found.get().scalars().length != 4) {
            return Optional.empty();
        }
        int size = found.get().size();
        CustomerColumns cols = new CustomerColumns(asOf, new boolean[size]);
        List<Object> columns = cols.all();
        if (!CustomerColumnCopy.read(c, columns, size)) {
            return Optional.empty();
        }
        long[] scalars = found.get().scalars();
        cols.base = (int) scalars[0];
        cols.usageDisagreements = (int) scalars[1];
        cols.fromSummary = scalars[2] != 0;
        cols.chunks.restore((long[]) columns.get(columns.size() - 1), (int) scalars[3]);
        return Optional.of(cols);
    }

    /** Keeps {@code cols}, built for all products over {@code windowMonths}, unless the project holds them already. */
    static void write(Connection c, CustomerColumns cols, int windowMonths) throws SQLException {
        String key = key(cols.asOf, windowMonths);
        if (cols.size == 0 || CustomerColumnCopy.find(c, key).isPresent()) {
            return;
        }
        long[] scalars = {cols.base, cols.usageDisagreements, cols.fromSummary ? 1 : 0, cols.chunks.chunkCount()};
        CustomerColumnCopy.write(c, key, scalars, cols.all());
    }

    private static String key(LocalDate asOf, int windowMonths) {
        String kinds = new CustomerColumns(asOf, new boolean[0]).all().stream()
                .map(column -> column.getClass().getSimpleName()).collect(Collectors.joining(","));
        return "columns " + BUILD + " as of " + asOf + " window " + windowMonths + " kinds " + kinds;
    }
}
