package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.ProductRole;
import fangrid.store.LazyScan;
import fangrid.store.OrderLineStore;
import fangrid.store.OrderLines;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link CustomerColumns} from a project: one pass over the stored order lines into orders
 * ({@link OrderTable}), summed per customer ({@link CustomerSums}) with their occasions' patterns
 * ({@link OccasionPatterns}, {@link MainOccasions}), the latest survey answers ({@link SurveyColumns}) and the base
 * at the analysis date ({@link KnownSince}), each step writing its columns in place.
 */
public final class CustomerColumnsLoader {
    /** The default analysis date: the day after the latest transaction, empty when there are none. */
    public static Optional<LocalDate> defaultAsOf(Connection c) throws SQLException {
        return new OrderLineStore(c).lastDay().map(d -> d.plusDays(1));
    }

    /**
     * @param asOf         analysis date; only the people known before it, and their transactions and answers before
     *                     it, count
     * @param windowMonths only the last N months before {@code asOf}, or 0 for all history
     * @param category     only the order lines of this product category (see {@link AnalysisSettings#category()}),
     *                     or null for all; the base stays the shop's
     */
    public CustomerColumns load(Connection c, LocalDate asOf, int windowMonths, String category) throws SQLException {
        CustomerColumns cols = new CustomerColumns(asOf, people(c));
        sumOrders(cols, new OrderLineStore(c), windowMonths, productRoles(c), CategoryFilter.of(c, category));
        SurveyColumns.fill(c, cols);
        KnownSince.fill(c, cols);
        return cols;
    }

    /**
     * As {@link #load(Connection, LocalDate, int, String)}, for order lines without a project around them
     * ({@code analyze --input}): no catalog, survey answers or sign-up dates, and every key up to
     * {@code people.length} that is true a person.
     */
    public CustomerColumns load(OrderLines lines, boolean[] people, LocalDate asOf, int windowMonths, String category)
            throws SQLException {
        CustomerColumns cols = new CustomerColumns(asOf, people);
        sumOrders(cols, lines, windowMonths, Map.of(), CategoryFilter.withoutCatalog(category));
        SurveyColumns.fillWithoutAnswers(cols);
        KnownSince.fillWithoutSignups(cols);
        return cols;
    }

    /** The order lines' columns: orders, their sums and occasions per customer, in place. */
    private static void sumOrders(CustomerColumns cols, OrderLines lines, int windowMonths,
                                  Map<String, ProductRole> roles, CategoryFilter filter) throws SQLException {
        LocalDate asOf = cols.asOf;
        int asOfDay = (int) asOf.toEpochDay();
        int fromDay = windowMonths > 0 ? (int) asOf.minusMonths(windowMonths).toEpochDay() : Integer.MIN_VALUE;
        OrderTable orders = OrderTable.read(lines, fromDay, asOfDay, roles, cols.chunks, cols.knownSince, filter);
        CustomerSums.sum(orders, cols);
        OccasionDaysByCustomer occasions = OccasionDaysByCustomer.of(orders, cols.frequency);
        OccasionPatterns.fill(occasions, cols);
        MainOccasions.fillThirdDays(orders, cols);
        RepeatPurchases.fill(orders, occasions, cols);
    }

    static Map<String, ProductRole> productRoles(Connection c) throws SQLException {
        Map<String, ProductRole> roles = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT product_code, role FROM product")) {
            while (rs.next()) {
                roles.put(rs.getString(1), ProductRole.values()[rs.getInt(2)]);
            }
        }
        return roles;
    }

    /** Which keys are people. Keys are unique and from 1, so as many people as the highest key means no gaps. */
    static boolean[] people(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int max;
            int count;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(customer_key), 0), COUNT(*) FROM customer")) {
                rs.next();
                max = rs.getInt(1);
                count = rs.getInt(2);
            }
            boolean[] exists = new boolean[max];
            if (count == max) {
                Arrays.fill(exists, true);
                return exists;
            }
            LazyScan.rows(c, "SELECT customer_key FROM customer", rs -> exists[rs.getInt(1) - 1] = true);
            return exists;
        }
    }
}
