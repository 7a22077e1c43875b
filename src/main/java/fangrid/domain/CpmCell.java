package fangrid.domain;

import java.util.Locale;

/**
 * One of CPM's ten cells: a stage, active (現役) or lapsed (離脱).
 *
 * @param stage  how far the customer has come
 * @param lapsed whether they have not bought for the lapse period (離脱)
 */
public record CpmCell(CpmStage stage, boolean lapsed) {
    private static final CpmStage[] STAGES = CpmStage.values();
    /** How many cells there are. */
    public static final int COUNT = 2 * STAGES.length;

    /** Position in an array of ten cells: the active cells by stage, then the lapsed ones. */
    public int index() {
        return index(stage, lapsed);
    }

    /** {@link #index()} of the cell of {@code stage}, lapsed or not. */
    public static int index(CpmStage stage, boolean lapsed) {
        return (lapsed ? STAGES.length : 0) + stage.ordinal();
    }

    public static CpmCell ofIndex(int index) {
        return new CpmCell(STAGES[index % STAGES.length], index >= STAGES.length);
    }

    /** The cell's name in CSV files and the CLI, e.g. {@code loyal-active}, {@code first-lapsed}. */
    public String id() {
        return stage.id() + (lapsed ? "-lapsed" : "-active");
    }

    /** The cell written as {@link #id()}; throws IllegalArgumentException for anything else. */
    public static CpmCell parse(String id) {
        for (int k = 0; k < COUNT; k++) {
            if (ofIndex(k).id().equals(id)) {
                return ofIndex(k);
            }
        }
        throw new IllegalArgumentException("not a CPM cell: " + id);
    }

    /** E.g. 優良・現役, Loyal · lapsed. */
    public String label(Locale locale) {
        if (Labels.isJapanese(locale)) {
            return stage.label(locale) + "・" + (lapsed ? "離脱" : "現役");
        }
        return stage.label(locale) + " · " + (lapsed ? "lapsed" : "active");
    }
}
