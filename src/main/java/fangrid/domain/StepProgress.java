package fangrid.domain;

/** What a job of a few long steps reports while it runs, and how it is told to stop; called on its thread. */
public interface StepProgress {
    /** No progress shown, never cancelled. */
    StepProgress NONE = new StepProgress() {
        @Override
        public void step(int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are done. */
    void step(int done, int total);

    /** Polled between steps; once true, the job stops (java.util.concurrent.CancellationException), changing nothing. */
    boolean isCancelled();
}
