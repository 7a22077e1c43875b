package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which order lines belong to one product category (or brand): a line's category is its own category column, else
 * its product's category in the catalog, else {@link AnalysisSettings#UNCATEGORISED}. Built once per analysis; asked
 * per chunk, so each distinct category and product code of a chunk is looked up once, not each line.
 */
final class CategoryFilter {
    /** Every line, whatever its category. */
    static final CategoryFilter ALL = new CategoryFilter(null, Map.of());

    private final String category;
    private final Map<String, String> catalog;

    private CategoryFilter(String category, Map<String, String> catalog) {
        this.category = category;
        this.catalog = catalog;
    }

    /** The lines of {@code category} (null for all lines) in the project on {@code c}. */
    static CategoryFilter of(Connection c, String category) throws SQLException {
        return category == null ? ALL : new CategoryFilter(category, catalog(c));
    }

    /** The lines of {@code category} (null for all lines) where there is no catalog: by their own column alone. */
    static CategoryFilter withoutCatalog(String category) {
        return category == null ? ALL : new CategoryFilter(category, Map.of());
    }

    /** Whether every line is kept: no category columns need be read. */
    boolean keepsAll() {
        return category == null;
    }

    /** The stored columns {@link #keep} reads. */
    Set<OrderLineStore.Column> columns() {
        return keepsAll() ? Set.of() : Set.of(OrderLineStore.Column.CATEGORY, OrderLineStore.Column.PRODUCT_CODE);
    }

    /** Whether each line of {@code chunk} is kept; null when all are. */
    boolean[] keep(OrderLineChunk chunk) {
        if (keepsAll()) {
            return null;
        }
        boolean[] ownMatches = matches(chunk.categories().distinctValues(), false);
        boolean[] productMatches = matches(chunk.productCodes().distinctValues(), true);
        boolean catalogMatches = category.equals(AnalysisSettings.UNCATEGORISED);
        boolean[] keep = new boolean[chunk.size()];
        for (int i = 0; i < keep.length; i++) {
            int own = chunk.categories().ref(i);
            if (own >= 0) {
                keep[i] = ownMatches[own];
            } else {
                int p = chunk.productCodes().ref(i);
                keep[i] = p >= 0 ? productMatches[p] : catalogMatches;
            }
        }
        return keep;
    }

    /** The category of a line whose own category column is {@code own} and product code {@code code}. */
    String categoryOf(String own, String code) {
        if (own != null) {
            return own;
        }
        String fromCatalog = code == null ? null : catalog.get(code);
        return fromCatalog != null ? fromCatalog : AnalysisSettings.UNCATEGORISED;
    }

    private boolean[] matches(List<String> values, boolean productCodes) {
        boolean[] m = new boolean[values.size()];
        for (int v = 0; v < m.length; v++) {
            m[v] = category.equals(productCodes ? categoryOf(null, values.get(v)) : values.get(v));
        }
        return m;
    }

    /** Product code → category from the catalog, for the codes that have one. */
    static Map<String, String> catalog(Connection c) throws SQLException {
        Map<String, String> categories = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT product_code, category FROM product WHERE category IS NOT NULL AND category <> ''")) {
            while (rs.next()) {
                categories.put(rs.getString(1), rs.getString(2));
            }
        }
        return categories;
    }

    /** A filter that only names categories ({@link #categoryOf}) for the project on {@code c}. */
    static CategoryFilter naming(Connection c) throws SQLException {
        return new CategoryFilter(AnalysisSettings.UNCATEGORISED, catalog(c));
    }
}
