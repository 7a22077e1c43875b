package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.CustomerGroup;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.GridCell;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Customers across product categories: for each pair of categories, who bought in both (the co-purchase matrix) and
 * who is active in one but lapsed in the other. Each category's buyers and R levels come from the analysis restricted
 * to its lines, so "active" is R1 and "lapsed" R3 of that category's own grid, as the grid would show them with the
 * category chosen. Holds three bitmaps per category, not the analyses.
 */
public final class CategoryCrossing {
    /** The most categories a matrix compares: the largest ones, so that it stays small enough to read. */
    public static final int MOST = 12;

    private final List<String> categories;
    private final RoaringBitmap[] buyers;
    private final RoaringBitmap[] active;
    private final RoaringBitmap[] lapsed;

    private CategoryCrossing(List<String> categories, RoaringBitmap[] buyers, RoaringBitmap[] active,
                             RoaringBitmap[] lapsed) {
        this.categories = categories;
        this.buyers = buyers;
        this.active = active;
        this.lapsed = lapsed;
    }

    /**
     * Builds a crossing from one category's analysis at a time, keeping only its bitmaps: at 2 M customers an
     * analysis holds some 400 MB, so that a dozen of them would not fit in memory at once.
     */
    public static final class Builder {
        private final List<String> categories;
        private final RoaringBitmap[] buyers;
        private final RoaringBitmap[] active;
        private final RoaringBitmap[] lapsed;
        private int added;

        /** A crossing of {@code categories}, whose analyses are {@link #add}ed in this order. */
        public Builder(List<String> categories) {
            this.categories = List.copyOf(categories);
            int n = categories.size();
            buyers = new RoaringBitmap[n];
            active = new RoaringBitmap[n];
            lapsed = new RoaringBitmap[n];
        }

        /** Adds the next category's analysis: restricted to its lines, same date and settings otherwise. */
        public Builder add(Analysis categoryAnalysis) {
            Aggregates g = categoryAnalysis.aggregates();
            int k = added++;
            active[k] = band(g, 1);
            lapsed[k] = band(g, 3);
            buyers[k] = RoaringBitmap.or(active[k], band(g, 2), lapsed[k]);
            return this;
        }

        /**
         * Adds the next category's per-customer columns (restricted to its lines) under {@code settings}, banding
         * recency as {@link CustomerClasses} does for the grid, without building the rest of an analysis.
         */
        public Builder add(CustomerColumns c, AnalysisSettings settings) {
            GridThresholds t = settings.gridMode() == GridMode.TERTILES ? CustomerClasses.tertiles(c)
                    : settings.thresholds();
            int k = added++;
            buyers[k] = new RoaringBitmap();
            active[k] = new RoaringBitmap();
            lapsed[k] = new RoaringBitmap();
            for (int i = 0; i < c.size; i++) {
                if (c.inBase[i] && c.frequency[i] > 0) {
                    buyers[k].add(i);
                    int r = t.recencyBand(c.recencyDays[i]);
                    if (r == 1) {
                        active[k].add(i);
                    } else if (r == 3) {
                        lapsed[k].add(i);
                    }
                }
            }
            return this;
        }

        /** The crossing, once every category's analysis is added. */
        public CategoryCrossing build() {
            if (added != categories.size()) {
                throw new IllegalStateException(added + " of " + categories.size() + " categories added");
            }
            return new CategoryCrossing(categories, buyers, active, lapsed);
        }
    }

    /** The people of recency band {@code r} (any F) in the base. */
    private static RoaringBitmap band(Aggregates g, int r) {
        RoaringBitmap b = new RoaringBitmap();
        for (int f = 1; f <= 3; f++) {
            b.add(g.gridCell(new GridCell(r, f)).toArray());
        }
        return b;
    }

    /** The categories compared, in the order of the matrix's rows and columns. */
    public List<String> categories() {
        return categories;
    }

    /** How many customers bought in category {@code a} (a row's total). */
    public int buyers(int a) {
        return buyers[a].getCardinality();
    }

    /** How many bought in both {@code a} and {@code b}; {@link #buyers} for a = b. */
    public int both(int a, int b) {
        return RoaringBitmap.andCardinality(buyers[a], buyers[b]);
    }

    /** How many are active (R1) in {@code a} and lapsed (R3) in {@code b}; 0 for a = b. */
    public int activeLapsed(int a, int b) {
        return RoaringBitmap.andCardinality(active[a], lapsed[b]);
    }

    /** The group of cell ({@code a}, {@code b}): co-purchase, or with {@code lapsed} active in a, lapsed in b. */
    public CustomerGroup.Cross group(int a, int b, boolean lapsedInB) {
        return new CustomerGroup.Cross(categories.get(a), categories.get(b), lapsedInB);
    }

    /** Whether both of {@code g}'s categories are compared here. */
    public boolean holds(CustomerGroup.Cross g) {
        return categories.contains(g.a()) && categories.contains(g.b());
    }

    /** The people of {@code g}, whose categories this crossing {@link #holds}. */
    public Selection members(CustomerGroup.Cross g) {
        int a = categories.indexOf(g.a());
        int b = categories.indexOf(g.b());
        RoaringBitmap m = g.lapsed() ? RoaringBitmap.and(active[a], lapsed[b]) : RoaringBitmap.and(buyers[a], buyers[b]);
        return new BitmapBackedSelection(m);
    }
}
