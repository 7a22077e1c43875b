package fangrid.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs slow work off the FX thread: {@code runner.run(work).onSuccess(...).onFailure(...).start()}.
 * One named worker thread in the app, so project work is serial; handlers run on the FX thread.
 */
public final class TaskRunner {
    private final Executor executor;

    public TaskRunner(Executor executor) {
        this.executor = executor;
    }

    /** A runner with one daemon worker thread named {@code fangrid-worker}. */
    public static TaskRunner singleWorker() {
        return singleWorker("fangrid-worker");
    }

    /** A runner with one daemon worker thread named {@code name}. */
    public static TaskRunner singleWorker(String name) {
        return new TaskRunner(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }));
    }

    /** Work that reports progress through the task it is given. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressTask<T> task) throws Exception;
    }

    public <T> Builder<T> run(Work<T> work) {
        return new Builder<>(work);
    }

    /** Chooses what happens after the work. */
    public final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> success = v -> { };
        private Consumer<Throwable> failure = e -> { };
        private Runnable always = () -> { };

        private Builder(Work<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.success = handler;
            return this;
        }

        public Builder<T> onFailure(Consumer<Throwable> handler) {
            this.failure = handler;
            return this;
        }

        public Builder<T> onFinally(Runnable handler) {
            this.always = handler;
            return this;
        }

        /** Submits the work; the returned task can be bound to a progress bar or cancelled. */
        public Task<T> start() {
            ProgressTask<T> task = new ProgressTask<>(work);
            task.setOnSucceeded(e -> {
                success.accept(task.getValue());
                always.run();
            });
            task.setOnFailed(e -> {
                failure.accept(task.getException());
                always.run();
            });
            task.setOnCancelled(e -> always.run());
            executor.execute(task);
            return task;
        }
    }

    /** A task whose work can set its message and progress. */
    public static final class ProgressTask<T> extends Task<T> {
        private final Work<T> work;

        ProgressTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call(this);
        }

        public void message(String text) {
            updateMessage(text);
        }

        public void progress(double done, double total) {
            updateProgress(done, total);
        }
    }
}
