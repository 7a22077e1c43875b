package fangrid.domain;

/**
 * One cell of the 3 × 3 R × F grid: rows R1 (recent) … R3 (lapsed), columns F1 (one purchase) … F3 (3+).
 *
 * @param r recency band 1–3
 * @param f frequency band 1–3
 */
public record GridCell(int r, int f) {
    public GridCell {
        if (r < 1 || r > 3 || f < 1 || f > 3) {
            throw new IllegalArgumentException("grid cell out of range: R" + r + "F" + f);
        }
    }

    /** Position in a row-major array of nine cells. */
    public int index() {
        return (r - 1) * 3 + (f - 1);
    }

    public static GridCell ofIndex(int index) {
        return new GridCell(index / 3 + 1, index % 3 + 1);
    }

    /** The activity of this cell under the default mapping of DOMAIN.md. */
    public Activity defaultActivity() {
        if (f == 3) {
            return Activity.KEEP_LOYAL;
        }
        return r == 1 ? Activity.GROW_NEW_CUSTOMERS : Activity.STOP_AT_RISK;
    }

    /** The cell's name as users and CSV files see it, e.g. {@code R1F3}. */
    @Override
    public String toString() {
        return "R" + r + "F" + f;
    }
}
