package fangrid.domain;

import java.util.Locale;

/**
 * One of CPM's ten cells: a stage, active (現役) or lapsed (離脱).
 *
 * @param stage  how far the customer has come
 * @param lapsed whether they have not bought for the lapse period (離脱)
 */
public record CpmCell(CpmStage stage, boolean lapsed) {
    /** How many cells there are. */
    public static final int COUNT = 2 * CpmStage.values().length;

    /** Position in an array of ten cells: the active cells by stage, then the lapsed ones. */
    public int index() {
        return (lapsed ? CpmStage.values().length : 0) + stage.ordinal();
    }

    public static CpmCell ofIndex(int index) {
        int stages = CpmStage.values().length;
        return new CpmCell(CpmStage.values()[index % stages], index >= stages);
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
