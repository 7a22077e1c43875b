package fangrid.ui.predict;

import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.HoldoutCheck;
import fangrid.analysis.predict.ModelKind;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * The Prediction tab's state: which model, how long a holdout period, and the latest fit with its holdout check,
 * computed on the project's worker with progress and cancel.
 */
public final class PredictionModel {
    /** A fit as of the analysis date, and the holdout check of the same model. */
    public record Result(FittedModels fit, HoldoutCheck holdout) {
    }

    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.BGNBD);
    private final IntegerProperty holdoutDays = new SimpleIntegerProperty(90);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private Task<Result> current;

    public PredictionModel(Supplier<ProjectSession> session, TaskRunner runner, Consumer<Throwable> errors) {
        this.session = session;
        this.runner = runner;
        this.errors = errors;
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    /** Days before the analysis date the holdout check fits up to. */
    public IntegerProperty holdoutDaysProperty() {
        return holdoutDays;
    }

    /** The latest result; null before a fit, or after the project's data changed. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1 while running. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Fits the chosen model as of the analysis date, then runs its holdout check. */
    public void run() {
        ProjectSession s = session.get();
        if (s == null || running.get()) {
            return;
        }
        ModelKind k = kind.get();
        int days = holdoutDays.get();
        running.set(true);
        progress.unbind();
        Task<Result> task = runner.<Result>run(t -> {
            t.progress(0, 2);
            FittedModels fit = s.fitModels(k, null);
            t.progress(1, 2);
            HoldoutCheck holdout = t.isCancelled() ? null : s.holdout(k, days);
            t.progress(2, 2);
            return new Result(fit, holdout);
        }).onSuccess(result::set).onFailure(errors).onFinally(() -> running.set(false)).start();
        current = task;
        progress.bind(task.progressProperty());
    }

    /** Stops waiting for the running fit: its result is dropped, nothing else changes. */
    public void cancel() {
        if (current != null && current.cancel()) {
            running.set(false);
        }
    }

    /** Forgets the result (the data it was fitted on changed). */
    public void clear() {
        result.set(null);
    }
}
