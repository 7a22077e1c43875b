package fangrid.ui.crosscategory;

import fangrid.analysis.Analysis;
import fangrid.analysis.CategoryCrossing;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CustomerGroup;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The cross-category tab's state: the crossing of the project's largest categories at the analysis's date and
 * settings. Computed on the project's worker, with progress and Cancel, only while the tab is shown (one analysis per
 * category); choosing another category does not compute it again, since the crossing does not depend on the choice.
 */
public final class CrossCategoryModel {
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final CrossFilter crossFilter;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectWrapper<CategoryCrossing> crossing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper categoryCount = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private Analysis analysis;
    /** What the crossing on screen (or under way) was computed for; null when none is. */
    private Basis computedFor;
    private boolean shown;
    private Task<?> running;
    private long generation;

    /** The project, date, settings but the category, and data a crossing depends on. */
    private record Basis(ProjectSession project, Object asOf, AnalysisSettings settings, long dataVersion) {
        static Basis of(ProjectSession s, Analysis a) {
            return new Basis(s, a.asOf(), a.settings().withCategory(null), s.dataVersion());
        }
    }

    /** Session work runs on {@code runner}; the groups carried from the matrix are handed to {@code crossFilter}. */
    public CrossCategoryModel(Supplier<ProjectSession> session, TaskRunner runner, CrossFilter crossFilter,
                              Consumer<Throwable> errors) {
        this.session = session;
        this.runner = runner;
        this.crossFilter = crossFilter;
        this.errors = errors;
    }

    /** A new analysis is on screen (null: none); the crossing is computed again if its date, settings or data changed. */
    public void show(Analysis a) {
        analysis = a;
        ProjectSession s = session.get();
        Basis basis = a == null || s == null ? null : Basis.of(s, a);
        if (!Objects.equals(basis, computedFor)) {
            cancel();
            computedFor = null;
            crossing.set(null);
            categoryCount.set(-1);
        }
        computeIfShown();
    }

    /** Whether the tab is in view: the crossing is computed only then. */
    public void setShown(boolean inView) {
        shown = inView;
        computeIfShown();
    }

    private void computeIfShown() {
        Analysis a = analysis;
        ProjectSession s = session.get();
        if (!shown || a == null || s == null || computedFor != null || !a.hasTransactions()) {
            if (a != null && !a.hasTransactions()) {
                categoryCount.set(0);
            }
            return;
        }
        computedFor = Basis.of(s, a);
        long gen = ++generation;
        working.set(true);
        progress.set(-1);
        running = runner.<Computed>run(task -> {
            var names = s.crossingCategories();
            int all = s.categories().size();
            if (names.size() < 2) {
                return new Computed(null, all);
            }
            return new Computed(s.categoryCrossing(a.settings(), names, new fangrid.domain.StepProgress() {
                @Override
                public void step(int done, int total) {
                    task.progress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            }), all);
        }).onSuccess(c -> {
            if (gen == generation) {
                categoryCount.set(c.categories);
                crossing.set(c.crossing);
            }
        }).onFailure(e -> {
            if (gen == generation && !(e instanceof CancellationException)) {
                errors.accept(e);
            }
        }).onFinally(() -> {
            if (gen == generation) {
                working.set(false);
            }
        }).start();
        progress.bind(running.progressProperty());
    }

    private record Computed(CategoryCrossing crossing, int categories) {
    }

    /** Stops the computation under way; it starts again when the tab is shown next. */
    public void cancel() {
        generation++;
        if (running != null) {
            progress.unbind();
            running.cancel();
            running = null;
            if (crossing.get() == null) {
                computedFor = null;
            }
        }
        working.set(false);
    }

    /** Hands {@code g}'s people to the views, so that a filter naming it selects them. */
    public void hold(CustomerGroup.Cross g) {
        CategoryCrossing x = crossing.get();
        if (x != null && x.holds(g)) {
            crossFilter.putStoredMembers(g, x.members(g));
        }
    }

    /** The crossing on screen; null while none is computed or the project has fewer than two categories. */
    public ReadOnlyObjectProperty<CategoryCrossing> crossingProperty() {
        return crossing.getReadOnlyProperty();
    }

    /** How many categories the project has (the matrix shows the largest few); −1 until known. */
    public ReadOnlyIntegerProperty categoryCountProperty() {
        return categoryCount.getReadOnlyProperty();
    }

    /** The analysis the tab shows, null for none. */
    public Analysis analysis() {
        return analysis;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The work's progress, 0–1, or −1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
