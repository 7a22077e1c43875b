package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.ProductRole;
import fangrid.domain.SummaryOnlyException;
import fangrid.store.CustomerSummaryStore;
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
 * at the analysis date ({@link KnownSince}), each step writing its columns in place. A project holding a customer
 * summary instead of order lines has its purchase columns read from it ({@link SummaryColumns}), at its date only.
 * Columns of all products that the project keeps for the same date and window ({@link StoredColumns}) are read instead.
 */
public final class CustomerColumnsLoader {
    /**
     * The default analysis date: the day after the latest transaction, or a customer summary's own date; empty when
     * there are neither.
     */
    public static Optional<LocalDate> defaultAsOf(Connection c) throws SQLException {
        Optional<LocalDate> lines = new OrderLineStore(c).lastDay().map(d -> d.plusDays(1));
        return lines.isPresent() ? lines : new CustomerSummaryStore(c).held().map(CustomerSummaryStore.Held::asOf);
    }

    /**
     * @param asOf         analysis date; only the people known before it, and their transactions and answers before
     *                     it, count
     * @param windowMonths only the last N months before {@code asOf}, or 0 for all history
     * @param category     only the order lines of this product category (see {@link AnalysisSettings#category()}),
     *                     or null for all; the base stays the shop's
     * @throws SummaryOnlyException for a project holding a customer summary, at another date than the summary's, or
     *                              with a window or a category
     */
    public CustomerColumns load(Connection c, LocalDate asOf, int windowMonths, String category) throws SQLException {
        if (category == null) {
            Optional<CustomerColumns> kept = StoredColumns.read(c, asOf, windowMonths);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        CustomerColumns cols = new CustomerColumns(asOf, people(c));
        sumOrders(cols, new OrderLineStore(c), windowMonths, productRoles(c), CategoryFilter.of(c, category));
        Optional<CustomerSummaryStore.Held> summary = new CustomerSummaryStore(c).held();
        if (summary.isPresent()) {
            requireSummaryCovers(summary.get().asOf(), asOf, windowMonths, category);
            SummaryColumns.fill(c, cols);
            cols.fromSummary = true;
        }
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

    private static void requireSummaryCovers(LocalDate summaryAsOf, LocalDate asOf, int windowMonths, String category) {
        if (!asOf.equals(summaryAsOf)) {
            throw new SummaryOnlyException(SummaryOnlyException.Asked.DATE, summaryAsOf, asOf);
        }
        if (windowMonths > 0) {
            throw new SummaryOnlyException(SummaryOnlyException.Asked.WINDOW, summaryAsOf, windowMonths);
        }
        if (category != null) {
            throw new SummaryOnlyException(SummaryOnlyException.Asked.CATEGORY, summaryAsOf, category);
        }
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
