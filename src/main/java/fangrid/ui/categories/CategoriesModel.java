package fangrid.ui.categories;

import fangrid.analysis.Analysis;
import fangrid.analysis.CategorySummary;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The Categories tab's state: every category side by side at the analysis on screen, computed on the project's
 * worker with progress and cancel, only when the tab asks and only again when the date, window or bands change
 * (choosing another category does not change the rows).
 */
public final class CategoriesModel {
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectProperty<Analysis> analysis;
    private final Consumer<String> open;
    private final ReadOnlyObjectWrapper<List<CategorySummary>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    /** What the rows shown were computed for: the settings without their category, at a concrete date. */
    private AnalysisSettings shownFor;
    private Task<List<CategorySummary>> current;

    /** @param open shows one category's analysis (null: all products) */
    public CategoriesModel(Supplier<ProjectSession> session, TaskRunner runner, Consumer<Throwable> errors,
                           ReadOnlyObjectProperty<Analysis> analysis, Consumer<String> open) {
        this.session = session;
        this.runner = runner;
        this.errors = errors;
        this.analysis = analysis;
        this.open = open;
    }

    /** The rows, in the project's category order; empty before they are computed. */
    public ReadOnlyObjectProperty<List<CategorySummary>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The analysis on screen: its category is the one the rows mark as shown. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    /** Computes the rows for the analysis on screen unless they are computed for it already or being computed. */
    public void refresh() {
        ProjectSession s = session.get();
        Analysis a = analysis.get();
        if (s == null || a == null || running.get()) {
            return;
        }
        AnalysisSettings basis = basis(a);
        if (Objects.equals(basis, shownFor)) {
            return;
        }
        if (!a.hasTransactions()) {
            shownFor = basis;
            rows.set(List.of());
            return;
        }
        running.set(true);
        progress.set(0);
        Task<List<CategorySummary>> task = runner.<List<CategorySummary>>run(t -> s.categorySummaries(basis,
                new StepProgress() {
                    @Override
                    public void step(int done, int total) {
                        t.progress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return t.isCancelled();
                    }
                })).onSuccess(r -> {
                    if (session.get() == s) {
                        shownFor = basis;
                        rows.set(r);
                    }
                }).onFailure(e -> {
                    if (!(e instanceof CancellationException)) {
                        errors.accept(e);
                    }
                }).onFinally(() -> running.set(false)).start();
        current = task;
        task.progressProperty().addListener((o, old, p) -> progress.set(Math.max(0, p.doubleValue())));
    }

    /** Stops the computation running; the rows shown stay. */
    public void cancel() {
        if (current != null && current.cancel()) {
            running.set(false);
        }
    }

    /** Shows category {@code name}'s analysis in every view. */
    public void open(String name) {
        open.accept(name);
    }

    /** Forgets the rows (another project, or its data changed). */
    public void clear() {
        shownFor = null;
        rows.set(List.of());
    }

    private static AnalysisSettings basis(Analysis a) {
        return a.settings().withCategory(null).withAsOf(a.asOf());
    }
}
