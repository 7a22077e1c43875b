package fangrid.analysis.target;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a target selection ranks: groups of customers, or single customers. */
public enum TargetGrouping {
    /** The nine R × F grid cells. */
    GRID("grid"),
    /** The six-month plan's tiers. */
    PLAN("plan"),
    /** The favorability × usage matrix cells (people who never bought included). */
    MATRIX("matrix"),
    /** Deciles D1–D10 by net sales. */
    DECILE("decile"),
    /** The project's saved segments. */
    SEGMENT("segment"),
    /** Single customers, ranked by expected value. */
    CUSTOMER("customer");

    private final String id;

    TargetGrouping(String id) {
        this.id = id;
    }

    /** The name used on the command line and in a target group's id. */
    public String id() {
        return id;
    }

    /** The grouping named {@code id} (case-insensitive); IllegalArgumentException naming the choices otherwise. */
    public static TargetGrouping of(String id) {
        for (TargetGrouping g : values()) {
            if (g.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a grouping; use one of "
                + Arrays.stream(values()).map(TargetGrouping::id).collect(Collectors.joining(", ")));
    }
}
