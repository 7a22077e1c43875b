package fangrid.ui.target;

import fangrid.analysis.Analysis;
import fangrid.analysis.target.TargetInputs;
import fangrid.analysis.target.TargetResult;
import fangrid.domain.CustomerNames;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * The target view's state: the last target selection of the analysis on screen. It is computed on the project's
 * worker; its recommended set is handed to the cross-filter, so that it can be dragged, listed, saved and exported
 * like any other group. Another analysis (a new date, an import, another project) clears it.
 */
public final class TargetModel {
    private final ReadOnlyObjectWrapper<TargetResult> result = new ReadOnlyObjectWrapper<>();
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final CrossFilter crossFilter;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectProperty<Analysis> analysis;
    private final ObjectProperty<CustomerNames> names = new SimpleObjectProperty<>(CustomerNames.REAL);

    public TargetModel(Supplier<ProjectSession> session, TaskRunner runner, CrossFilter crossFilter,
                       Consumer<Throwable> errors, ReadOnlyObjectProperty<Analysis> analysis) {
        this.session = session;
        this.runner = runner;
        this.crossFilter = crossFilter;
        this.errors = errors;
        this.analysis = analysis;
        analysis.addListener((o, old, a) -> result.set(null));
    }

    /** The selection shown; null before one is computed for the analysis on screen. */
    public ReadOnlyObjectProperty<TargetResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** How single customers are named in the selection's rows: their ids, or demo mode's pseudonyms. */
    public ObjectProperty<CustomerNames> namesProperty() {
        return names;
    }

    /** The analysis the selection is made at; null before a project is open. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    /**
     * Makes the selection for {@code inputs} at the analysis on screen; the returned task reports its steps and can be
     * cancelled, which leaves the previous selection shown. Null when no project is open.
     */
    public Task<TargetResult> compute(TargetInputs inputs) {
        ProjectSession s = session.get();
        Analysis a = analysis.get();
        if (s == null || a == null) {
            return null;
        }
        return runner.<TargetResult>run(task -> s.target(a, inputs, steps(task))).onSuccess(r -> {
            crossFilter.putStoredMembers(r.group(), r.recommended());
            if (analysis.get() == a) {
                result.set(r);
            }
        }).onFailure(e -> {
            if (!(e instanceof CancellationException)) {
                errors.accept(e);
            }
        }).start();
    }

    private static StepProgress steps(TaskRunner.ProgressTask<?> task) {
        return new StepProgress() {
            @Override
            public void step(int done, int total) {
                task.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }
}
