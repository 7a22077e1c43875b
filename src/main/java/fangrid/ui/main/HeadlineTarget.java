package fangrid.ui.main;

import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The first-category share the shop aims at, kept in the project's settings; read again for each project opened. */
public final class HeadlineTarget {
    private final ReadOnlyObjectWrapper<OptionalDouble> target = new ReadOnlyObjectWrapper<>(OptionalDouble.empty());
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;

    HeadlineTarget(Supplier<ProjectSession> session, TaskRunner runner, Consumer<Throwable> errors) {
        this.session = session;
        this.runner = runner;
        this.errors = errors;
    }

    /** The target share (0–1), empty when none is set or no project is open. */
    public ReadOnlyObjectProperty<OptionalDouble> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Reads the open project's target. */
    void load() {
        ProjectSession s = session.get();
        if (s == null) {
            target.set(OptionalDouble.empty());
            return;
        }
        runner.<OptionalDouble>run(task -> s.headlineTarget()).onSuccess(target::set).onFailure(errors).start();
    }

    /** Stores {@code share} (0–1; empty: none) as the open project's target. */
    public void set(OptionalDouble share) {
        ProjectSession s = session.get();
        if (s == null) {
            return;
        }
        runner.<Void>run(task -> {
            s.setHeadlineTarget(share);
            return null;
        }).onSuccess(v -> target.set(share)).onFailure(errors).start();
    }
}
