package fangrid.ui.main;

import fangrid.domain.BadRow;
import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.domain.ReadOptions;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.importwizard.ImportDialogModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.concurrent.Task;

/**
 * Imports into the open project from the window: the import dialog's state, and the import itself on the project's
 * worker with rows read as the task's message, cancel, and the question about bad rows.
 */
public final class ImportWork {
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final BooleanProperty busy;
    private final Consumer<Throwable> errors;
    private final Consumer<ProjectSession.State> show;

    ImportWork(Supplier<ProjectSession> session, TaskRunner runner, BooleanProperty busy, Consumer<Throwable> errors,
               Consumer<ProjectSession.State> show) {
        this.session = session;
        this.runner = runner;
        this.busy = busy;
        this.errors = errors;
        this.show = show;
    }

    /** The state of an import dialog for {@code file}, reading on the project's worker. */
    public ImportDialogModel dialog(Path file) {
        return new ImportDialogModel(file, runner);
    }

    /**
     * Imports a file into the open project on the worker, then analyses again. The returned task reports rows read
     * as its message and can be cancelled (without interrupting: H2 closes a file interrupted mid-write); a cancelled
     * import changes nothing. Unreadable rows are set aside; once the whole file is read, {@code decision} is asked
     * whether to import the good rows or cancel, unless {@code skipBadRows} says to import them without asking.
     */
    public Task<ImportReport> importFile(Path file, DataKind kind, ReadOptions options, ColumnMapping mapping,
                                         boolean skipBadRows, BadRowsDecision decision, Consumer<ImportReport> done) {
        ProjectSession s = session.get();
        busy.set(true);
        return runner.<ImportReport>run(task -> {
            ImportReport report = run(s, task, file, kind, options, mapping, skipBadRows, decision);
            ProjectSession.State state = s.state();
            Platform.runLater(() -> show.accept(state));
            return report;
        }).onSuccess(done).onFailure(errors).onFinally(() -> busy.set(false)).start();
    }

    /** Decides, on the FX thread, whether to import the good rows of a file that has unreadable ones. */
    @FunctionalInterface
    public interface BadRowsDecision {
        boolean keepGoodRows(List<BadRow> listed, long count);
    }

    /** Bad rows are always set aside; once the whole file is read, {@code decision} is asked about them. */
    private static ImportReport run(ProjectSession session, TaskRunner.ProgressTask<?> task, Path file, DataKind kind,
                        ReadOptions options, ColumnMapping mapping, boolean skipBadRows, BadRowsDecision decision)
            throws Exception {
        return session.importFile(file, kind, options, mapping, true, new ImportProgress() {
            @Override
            public void rowsRead(long rows) {
                task.message(Long.toString(rows));
            }

            @Override
            public boolean cancelled() {
                return task.isCancelled();
            }

            @Override
            public boolean keepGoodRows(List<BadRow> listed, long count) {
                return skipBadRows || onFxThread(() -> decision.keepGoodRows(listed, count));
            }
        });
    }

    /** Runs {@code question} on the FX thread and waits for its answer (the caller is the worker). */
    private static boolean onFxThread(BooleanSupplier question) {
        if (Platform.isFxApplicationThread()) {
            return question.getAsBoolean();
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.getAsBoolean());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }
}
