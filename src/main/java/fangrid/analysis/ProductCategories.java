package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.store.OrderLineStore;
import fangrid.store.OrderLines;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** The product categories (or brands) of a project's order lines, each with how many lines it has. */
public final class ProductCategories {
    private ProductCategories() {
    }

    /**
     * A category and its order lines (any kind, any date).
     *
     * @param name the category, {@link AnalysisSettings#UNCATEGORISED} for the lines without one
     */
    public record CategoryLines(String name, long lines) {
        public boolean isUncategorised() {
            return name.equals(AnalysisSettings.UNCATEGORISED);
        }
    }

    /**
     * Every category with lines, most lines first (ties by name), the uncategorised lines last; empty without lines.
     * One pass over the stored category and product code columns.
     */
    public static List<CategoryLines> count(Connection c) throws SQLException {
        return count(new OrderLineStore(c), CategoryFilter.naming(c));
    }

    /** As {@link #count(Connection)}, for {@code orderLines} named by {@code naming}. */
    static List<CategoryLines> count(OrderLines orderLines, CategoryFilter naming) throws SQLException {
        CategoryIndex index = new CategoryIndex(naming);
        orderLines.scan(EnumSet.of(OrderLineStore.Column.CATEGORY, OrderLineStore.Column.PRODUCT_CODE), index::of);
        return ordered(index);
    }

    /** The categories {@code index} has seen, in {@link #count}'s order. */
    static List<CategoryLines> ordered(CategoryIndex index) {
        List<CategoryLines> out = new ArrayList<>();
        for (int k = 0; k < index.size(); k++) {
            out.add(new CategoryLines(index.name(k), index.lines(k)));
        }
        out.sort(Comparator.comparing(CategoryLines::isUncategorised)
                .thenComparing(Comparator.comparingLong(CategoryLines::lines).reversed())
                .thenComparing(CategoryLines::name));
        return out;
    }
}
