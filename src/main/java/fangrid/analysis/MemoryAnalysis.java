package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.store.CustomerIdChunks;
import fangrid.store.MemoryOrderLines;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Analyses of a file's order lines held in memory, with no project ({@code analyze --input}): the same column build
 * as a project's ({@link CustomerColumnsLoader}), kept per analysis date, window and category, so that the
 * analysis, a plan's tiers as of the same date and the purchase models' all-history columns are built once.
 */
public final class MemoryAnalysis {
    private final String name;
    private final MemoryOrderLines lines;
    private final String[] customerIds;
    private final boolean[] people;
    private final Map<ColumnsKey, CustomerColumns> built = new HashMap<>();

    /** @param customerIds each person's id as shown, by customer key − 1; null where a key is no person */
    public MemoryAnalysis(String name, MemoryOrderLines lines, String[] customerIds) {
        this.name = name;
        this.lines = lines;
        this.customerIds = customerIds;
        this.people = new boolean[customerIds.length];
        for (int i = 0; i < people.length; i++) {
            people[i] = customerIds[i] != null;
        }
    }

    /** As {@link AnalysisService#analyze(fangrid.store.Project, AnalysisSettings)}, for the lines in memory. */
    public Analysis analyze(AnalysisSettings settings) throws SQLException {
        LocalDate asOf = settings.asOf() != null ? settings.asOf() : lines.lastDay().map(d -> d.plusDays(1)).orElse(null);
        LocalDate effective = asOf != null ? asOf : LocalDate.of(9999, 12, 31);
        CustomerIdChunks ids = CustomerIdChunks.of(customerIds);
        return Analysis.of(name, settings, asOf, columns(effective, settings.windowMonths(), settings.category()),
                () -> new CustomerIdColumn(ids));
    }

    /** The per-customer columns of all history before {@code date}: what a plan starting then reads. */
    public CustomerColumns allHistoryAt(LocalDate date) throws SQLException {
        return allHistoryAt(date, null);
    }

    /** As {@link #allHistoryAt(LocalDate)}, of {@code category}'s lines alone (null: all). */
    public CustomerColumns allHistoryAt(LocalDate date, String category) throws SQLException {
        return columns(date, 0, category);
    }

    /** The categories of the lines, as {@link ProductCategories#count} counts a project's (no catalog here). */
    public List<ProductCategories.CategoryLines> categories() throws SQLException {
        return ProductCategories.count(lines, CategoryFilter.withoutCatalog(AnalysisSettings.UNCATEGORISED));
    }

    private CustomerColumns columns(LocalDate asOf, int windowMonths, String category) throws SQLException {
        ColumnsKey key = new ColumnsKey(asOf, windowMonths, category);
        CustomerColumns cols = built.get(key);
        if (cols == null) {
            cols = new CustomerColumnsLoader().load(lines, people.clone(), asOf, windowMonths, category);
            built.put(key, cols);
        }
        return cols;
    }

    private record ColumnsKey(LocalDate asOf, int windowMonths, String category) {
        ColumnsKey {
            Objects.requireNonNull(asOf);
        }
    }
}
