package fangrid.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The customer summary a project may hold in place of order lines (table {@code customer_summary}, V9): one row per
 * person with their purchase columns as another engine aggregated them up to its analysis date.
 */
public final class CustomerSummaryStore {
    /** The columns {@link #scan} reads, in this order (1-based in the result set). */
    public static final String COLUMNS = "customer_key, known_since_day, occasions, first_purchase_day, last_purchase_day,"
            + " net_sales, items, return_orders, return_amount, median_interval, interval_cv, seasonal, line_count,"
            + " last_line_day, main_occasions, trial, third_main_day, purchase_days, first_occasion_day,"
            + " last_occasion_day, repeat_net";

    /**
     * The summary held: the import that brought it and its analysis date.
     *
     * @param importId the import, as in the import log
     * @param asOf     the analysis date the summary was aggregated for (lines before it count)
     */
    public record Held(long importId, LocalDate asOf) {
    }

    private final Connection c;

    public CustomerSummaryStore(Connection c) {
        this.c = c;
    }

    /** The summary this project holds, empty for a project of order lines (or an empty one). */
    public Optional<Held> held() throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT import_id, as_of_day FROM customer_summary FETCH FIRST ROW ONLY")) {
            return rs.next() ? Optional.of(new Held(rs.getLong(1), LocalDate.ofEpochDay(rs.getInt(2))))
                    : Optional.empty();
        }
    }

    /** Streams every row's {@link #COLUMNS}, a NULL day or number read with {@link ResultSet#wasNull()}. */
    public void scan(LazyScan.RowReader reader) throws SQLException {
        LazyScan.rows(c, "SELECT " + COLUMNS + " FROM customer_summary", reader);
    }
}
