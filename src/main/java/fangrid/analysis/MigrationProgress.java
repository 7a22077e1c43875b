package fangrid.analysis;

/** Hears how far a migration's work is; throwing {@link java.util.concurrent.CancellationException} stops it. */
@FunctionalInterface
public interface MigrationProgress {
    /** Nothing to hear. */
    MigrationProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are done. */
    void done(int done, int total);
}
