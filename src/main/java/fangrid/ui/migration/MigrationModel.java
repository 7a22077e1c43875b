package fangrid.ui.migration;

import fangrid.analysis.Analysis;
import fangrid.analysis.Migration;
import fangrid.analysis.MigrationNews;
import fangrid.analysis.MigrationSnapshots;
import fangrid.domain.MigrationAxis;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * The Migration tab's state: the two analysis dates and the axis asked for, the migration between them, what changed
 * (always by grid) and each state's size at the last month ends. Computed on the project's worker for each new
 * analysis and each change of dates or axis, while a view shows it ({@link #attach}): opening the 2 M-customer project
 * spent 9-11 s of CPU on it behind a window whose Migration tab had never been shown. The month ends can be cancelled.
 */
public final class MigrationModel {
    /** Month ends shown as small multiples. */
    public static final int MONTHS = 12;

    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final CrossFilter crossFilter;
    private final Consumer<Throwable> errors;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<MigrationAxis> axis = new SimpleObjectProperty<>(MigrationAxis.GRID);
    private final ReadOnlyObjectWrapper<Migration> migration = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MigrationNews> news = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MigrationSnapshots> snapshots = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The failure {@link #problem} words, so that the window can word it in its language. */
    private Throwable problemCause;
    private Analysis analysis;
    private Task<?> running;
    /** Counts the computations started: the results and ends of earlier ones are ignored. */
    private long generation;
    /** How many views show the migration ({@link #attach}); none, and a new analysis's waits for the first. */
    private int views;
    /** Whether the analysis shown waits for a view to be computed. */
    private boolean pending;

    /** Session work runs on {@code runner}; transition cells are handed to {@code crossFilter} so that drops select them. */
    public MigrationModel(Supplier<ProjectSession> session, TaskRunner runner, CrossFilter crossFilter,
                          Consumer<Throwable> errors) {
        this.session = session;
        this.runner = runner;
        this.crossFilter = crossFilter;
        this.errors = errors;
    }

    /** A new analysis is on screen (null: none): the dates go back to its date and the month before, and all is computed. */
    public void show(Analysis a) {
        cancel();
        pending = false;
        analysis = a;
        migration.set(null);
        news.set(null);
        snapshots.set(null);
        problemCause = null;
        problem.set("");
        if (a == null || !a.hasTransactions()) {
            return;
        }
        to.set(a.asOf());
        from.set(a.asOf().minusMonths(1));
        pending = true;
        computeIfAttached();
    }

    /** A view shows the migration from now on: it is computed for it, and for each new analysis while one does. */
    public void attach() {
        views++;
        computeIfAttached();
    }

    /** A view {@link #attach}ed no longer shows it (the window is being replaced). */
    public void detach() {
        views--;
    }

    /** Whether a view shows the migration, so that it is computed. */
    public boolean isAttached() {
        return views > 0;
    }

    private void computeIfAttached() {
        if (pending && views > 0) {
            compute(true);
        }
    }

    /** Migrates between new dates or along a new axis; the month ends are computed again only for a new axis. */
    public void change(LocalDate newFrom, LocalDate newTo, MigrationAxis newAxis) {
        boolean axisChanged = newAxis != axis.get();
        from.set(newFrom);
        to.set(newTo);
        axis.set(newAxis);
        if (analysis != null && analysis.hasTransactions()) {
            cancel();
            compute(axisChanged || snapshots.get() == null);
        }
    }

    private void compute(boolean withSnapshots) {
        pending = false;
        Analysis a = analysis;
        ProjectSession s = session.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        MigrationAxis by = axis.get();
        long gen = ++generation;
        problemCause = null;
        problem.set("");
        working.set(true);
        progress.set(-1);
        running = runner.<Computed>run(task -> {
            Migration m = s.migration(a, f, t, by);
            Migration grid = by == MigrationAxis.GRID ? m : s.migration(a, f, t, MigrationAxis.GRID);
            return new Computed(m, s.migrationNews(a, grid));
        }).onSuccess(c -> {
            if (gen == generation) {
                crossFilter.putMigration(c.migration);
                migration.set(c.migration);
                news.set(c.news);
                if (withSnapshots) {
                    // month ends by plan tier would need a tiering per month: those by grid are shown instead
                    computeSnapshots(gen, a, s, by == MigrationAxis.PLAN ? MigrationAxis.GRID : by);
                } else {
                    working.set(false);
                }
            }
        }).onFailure(e -> {
            if (gen != generation) {
                return;
            }
            working.set(false);
            if (e instanceof IllegalArgumentException) {
                problemCause = e;
                problem.set(e.getMessage());
            } else {
                errors.accept(e);
            }
        }).start();
    }

    private void computeSnapshots(long gen, Analysis a, ProjectSession s, MigrationAxis by) {
        progress.set(0);
        running = runner.<MigrationSnapshots>run(task -> s.migrationSnapshots(a, by, MONTHS, (done, total) -> {
            if (task.isCancelled()) {
                throw new CancellationException();
            }
            task.progress(done, total);
        })).onSuccess(result -> {
            if (gen == generation) {
                snapshots.set(result);
            }
        }).onFailure(errors).onFinally(() -> {
            if (gen == generation) {
                working.set(false);
            }
        }).start();
        progress.bind(running.progressProperty());
    }

    /** Stops the work under way; what is shown stays. */
    public void cancel() {
        generation++;
        if (running != null) {
            progress.unbind();
            running.cancel();
            running = null;
        }
        working.set(false);
    }

    /** The failure the problem text words (a date the migration cannot take), or null. */
    public Throwable problemCause() {
        return problemCause;
    }

    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ReadOnlyObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<MigrationAxis> axisProperty() {
        return axis;
    }

    /** The migration on screen; null while none is computed. */
    public ReadOnlyObjectProperty<Migration> migrationProperty() {
        return migration.getReadOnlyProperty();
    }

    /** What changed between the two dates, by grid; null while none is computed. */
    public ReadOnlyObjectProperty<MigrationNews> newsProperty() {
        return news.getReadOnlyProperty();
    }

    /** Each state's customers at the last {@link #MONTHS} month ends; null while computing. */
    public ReadOnlyObjectProperty<MigrationSnapshots> snapshotsProperty() {
        return snapshots.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The work's progress, 0–1, or −1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the dates or axis asked for cannot be migrated, in the session's words; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private record Computed(Migration migration, MigrationNews news) {
    }
}
