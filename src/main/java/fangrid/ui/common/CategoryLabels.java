package fangrid.ui.common;

import fangrid.analysis.Analysis;
import fangrid.domain.AnalysisSettings;

/** How the window names a product category, and says which category a view, chip or picture shows. */
public final class CategoryLabels {
    private CategoryLabels() {
    }

    /** The display name of {@code category} (null for all products). */
    public static String label(Messages messages, String category) {
        return category == null ? messages.get("category.all")
                : category.equals(AnalysisSettings.UNCATEGORISED) ? messages.get("category.uncategorised") : category;
    }

    /**
     * {@code what} (a view's title, a group's label) said of {@code a}'s category: "スキンケア · R1F1" when a
     * category is shown, {@code what} alone for all products.
     */
    public static String named(Messages messages, Analysis a, String what) {
        String category = a == null ? null : a.settings().category();
        return category == null ? what : messages.format("category.named", label(messages, category), what);
    }
}
