package fangrid.importer;

/** Hears how far an import has got and may ask it to stop. */
public interface ImportProgress {
    ImportProgress NONE = rows -> { };

    /** Called every few thousand rows. */
    void rowsRead(long rows);

    /** Polled between rows; true stops the import and rolls it back. */
    default boolean cancelled() {
        return false;
    }
}
