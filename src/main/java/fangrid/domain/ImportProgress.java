package fangrid.domain;

import java.util.List;

/** Hears how far an import has got and may ask it to stop. */
public interface ImportProgress {
    ImportProgress NONE = rows -> { };

    /** Called every few thousand rows. */
    void rowsRead(long rows);

    /** Polled between rows; true stops the import and rolls it back. */
    default boolean cancelled() {
        return false;
    }

    /**
     * Asked once every row has been read, when rows were skipped as unreadable: true imports the good rows, false
     * cancels the import (nothing changes). The default keeps them, as the command line's --skip-bad-rows does.
     *
     * @param listed the first unreadable rows (at most a thousand)
     * @param count  how many rows were unreadable
     */
    default boolean keepGoodRows(List<BadRow> listed, long count) {
        return true;
    }
}
