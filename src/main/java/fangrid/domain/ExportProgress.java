package fangrid.domain;

/** What an export reports while it runs, and how it is told to stop; called on the exporting thread. */
public interface ExportProgress {
    /** No progress shown, never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void rowsWritten(int rows) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Customers written so far; called every few thousand rows and once at the end. */
    void rowsWritten(int rows);

    /** Polled between rows; once true, the export stops and leaves no file. */
    boolean isCancelled();
}
