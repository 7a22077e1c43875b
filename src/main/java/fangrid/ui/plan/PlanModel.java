package fangrid.ui.plan;

import fangrid.analysis.Analysis;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.PlanProgress;
import fangrid.domain.CustomerGroup;
import fangrid.domain.SalesPlan;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The open project's six-month plans as the plan view shows them: the plans, the one shown and how its tiers are
 * doing. Work runs on the project's worker; the tiers' groups (everyone, and who has not bought yet) are handed to
 * the cross-filter, so that they can be dragged onto any view like any other group.
 */
public final class PlanModel {
    private final ObservableList<SalesPlan> plans = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final CrossFilter crossFilter;
    private final Consumer<Throwable> errors;

    /** A plan and its progress at the analysis date. */
    public record Shown(SalesPlan plan, PlanProgress progress) {
    }

    /** Plans are read again whenever {@code analysis} changes (another project, an import, another date). */
    public PlanModel(Supplier<ProjectSession> session, TaskRunner runner, CrossFilter crossFilter,
                     Consumer<Throwable> errors, ReadOnlyObjectProperty<Analysis> analysis) {
        this.session = session;
        this.runner = runner;
        this.crossFilter = crossFilter;
        this.errors = errors;
        analysis.addListener((o, old, a) -> reload());
    }

    /** The project's plans, latest start first. */
    public ObservableList<SalesPlan> plans() {
        return plans;
    }

    /** The plan shown and its progress; null before one is chosen or when the project has none. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Reads the plans again and shows the one shown before (by start date), else the latest. */
    public void reload() {
        ProjectSession s = session.get();
        if (s == null) {
            return;
        }
        LocalDate before = shown.get() == null ? null : shown.get().plan().start();
        runner.<Loaded>run(task -> {
            List<SalesPlan> all = s.plans();
            SalesPlan pick = all.stream().filter(p -> p.start().equals(before)).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            return new Loaded(all, pick == null ? null : progress(s, pick, StepProgress.NONE));
        }).onSuccess(this::publish).onFailure(errors).start();
    }

    /** Shows {@code plan}'s progress. */
    public void choose(SalesPlan plan) {
        if (plan == null || shown.get() != null && shown.get().plan().id() == plan.id()) {
            return;
        }
        ProjectSession s = session.get();
        runner.<Shown>run(task -> progress(s, plan, steps(task))).onSuccess(shown::set).onFailure(errors).start();
    }

    /**
     * Creates (or replaces) the plan starting at {@code start} and shows it; the returned task reports its progress
     * and can be cancelled, which stores nothing.
     */
    public Task<Shown> create(LocalDate start, int months, int tiers, double margin) {
        ProjectSession s = session.get();
        return runner.<Shown>run(task -> {
            SalesPlan plan = s.createPlan(start, months, tiers, margin, steps(task));
            return progress(s, plan, StepProgress.NONE);
        }).onSuccess(created -> {
            shown.set(created);
            reload();
        }).onFailure(e -> {
            if (!(e instanceof CancellationException)) {
                errors.accept(e);
            }
        }).start();
    }

    /** Deletes {@code plan} from the project. */
    public void delete(SalesPlan plan) {
        ProjectSession s = session.get();
        runner.<Void>run(task -> {
            s.deletePlan(plan.id());
            return null;
        }).onSuccess(v -> {
            shown.set(null);
            reload();
        }).onFailure(errors).start();
    }

    private record Loaded(List<SalesPlan> plans, Shown shown) {
    }

    private void publish(Loaded loaded) {
        plans.setAll(loaded.plans());
        shown.set(loaded.shown());
    }

    /** The plan's progress, its tiers' groups handed to the cross-filter first. */
    private Shown progress(ProjectSession s, SalesPlan plan, StepProgress steps) throws Exception {
        PlanProgress progress = s.planProgress(plan.id(), steps);
        PlanPlacement placement = s.planTiers(plan.id());
        for (PlanProgress.Tier t : progress.tiers()) {
            crossFilter.putStoredMembers(new CustomerGroup.PlanTier(plan.start(), t.number(), false),
                    placement.members(t.number()));
            crossFilter.putStoredMembers(new CustomerGroup.PlanTier(plan.start(), t.number(), true), t.notBought());
        }
        return new Shown(plan, progress);
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
