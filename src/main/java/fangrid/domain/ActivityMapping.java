package fangrid.domain;

import java.util.Arrays;
import java.util.StringJoiner;

/** Which communication activity each grid cell gets; people without a purchase always get activity 1. */
public final class ActivityMapping {
    /** DOMAIN.md: R1×F1, R1×F2 → 2; R2/R3 × F1/F2 → 3; F3 → 4. */
    public static final ActivityMapping DEFAULT = defaults();

    private final Activity[] byCell;

    private ActivityMapping(Activity[] byCell) {
        this.byCell = byCell;
    }

    private static ActivityMapping defaults() {
        Activity[] a = new Activity[9];
        for (int i = 0; i < 9; i++) {
            a[i] = GridCell.ofIndex(i).defaultActivity();
        }
        return new ActivityMapping(a);
    }

    public Activity activityOf(GridCell cell) {
        return byCell[cell.index()];
    }

    /** This mapping with {@code cell} moved to {@code activity}. */
    public ActivityMapping with(GridCell cell, Activity activity) {
        Activity[] a = byCell.clone();
        a[cell.index()] = activity;
        return new ActivityMapping(a);
    }

    /** {@code R1F1=2,R1F2=2,…}: how the mapping is stored. */
    public String format() {
        StringJoiner j = new StringJoiner(",");
        for (int i = 0; i < 9; i++) {
            j.add(GridCell.ofIndex(i) + "=" + byCell[i].number());
        }
        return j.toString();
    }

    /** Reads {@link #format()}'s form; cells it does not name keep their default. */
    public static ActivityMapping parse(String text) {
        Activity[] a = DEFAULT.byCell.clone();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=");
            if (kv.length != 2 || !kv[0].strip().matches("R[1-3]F[1-3]") || !kv[1].strip().matches("[1-4]")) {
                throw new IllegalArgumentException("activity mapping entries look like R1F1=2: \"" + part + "\"");
            }
            String cell = kv[0].strip();
            a[new GridCell(cell.charAt(1) - '0', cell.charAt(3) - '0').index()] = Activity.values()[Integer.parseInt(kv[1].strip()) - 1];
        }
        return new ActivityMapping(a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivityMapping m && Arrays.equals(byCell, m.byCell);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byCell);
    }

    @Override
    public String toString() {
        return format();
    }
}
