package fangrid.ui.crossfilter;

import fangrid.analysis.Analysis;
import fangrid.analysis.Migration;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.ui.common.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The one place cross-filtering lives: the analysis on screen and each view's filter. A drop or a menu command
 * sets a view's filter; the view's customers and aggregates are computed on the worker and published on the FX
 * thread, newest request wins. Every view renders from {@link #view(ViewId)}.
 */
public final class CrossFilter {
    private static final int KEPT_MIGRATIONS = 8;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final Map<ViewId, ReadOnlyObjectWrapper<FilteredView>> views = new EnumMap<>(ViewId.class);
    private final Map<ViewId, CustomerFilter> requested = new EnumMap<>(ViewId.class);
    private final Map<ViewId, Long> generation = new EnumMap<>(ViewId.class);
    /** The members of groups the project stores (saved segments, plan tiers) by group id. */
    private final Map<String, Selection> storedMembers = new ConcurrentHashMap<>();
    /** The migrations whose transition cells filters may name, newest last. */
    private final List<Migration> migrations = new CopyOnWriteArrayList<>();
    private Analysis analysis;

    /** Computes on {@code runner} (a worker of its own, so that views answer while an import runs). */
    public CrossFilter(TaskRunner runner, Consumer<Throwable> errors) {
        this.runner = runner;
        this.errors = errors;
        for (ViewId v : ViewId.values()) {
            views.put(v, new ReadOnlyObjectWrapper<>());
            requested.put(v, CustomerFilter.EVERYONE);
            generation.put(v, 0L);
        }
    }

    /** What {@code view} shows; null before an analysis is set. */
    public ReadOnlyObjectProperty<FilteredView> view(ViewId view) {
        return views.get(view).getReadOnlyProperty();
    }

    /** The filter last asked for {@code view} (its result may still be computing). */
    public CustomerFilter filter(ViewId view) {
        return requested.get(view);
    }

    /** Shows {@code a} in every view, keeping each view's filter. */
    public void setAnalysis(Analysis a) {
        analysis = a;
        for (ViewId v : ViewId.values()) {
            compute(v);
        }
    }

    /** Forgets every view's filter and the saved segments' members (another project is being opened). */
    public void reset() {
        requested.replaceAll((v, f) -> CustomerFilter.EVERYONE);
        storedMembers.clear();
        migrations.clear();
    }

    /**
     * Holds {@code m}'s people so that filters naming its transition cells select them (in a pass over two byte
     * columns); replaces a migration of the same axis and dates, and keeps the latest few.
     */
    public void putMigration(Migration m) {
        migrations.removeIf(old -> old.axis() == m.axis() && old.from().equals(m.from()) && old.to().equals(m.to()));
        migrations.add(m);
        while (migrations.size() > KEPT_MIGRATIONS) {
            migrations.remove(0);
        }
    }

    /** The members of saved segment {@code id} as stored, for filters that name it. */
    public void putSavedMembers(long id, Selection members) {
        storedMembers.put(new CustomerGroup.Saved(id).id(), members);
    }

    /** The members of a group the project stores (e.g. a plan tier), for filters that name it. */
    public void putStoredMembers(CustomerGroup group, Selection members) {
        storedMembers.put(group.id(), members);
    }

    /** Filters {@code view} to {@code filter}. */
    public void apply(ViewId view, CustomerFilter filter) {
        requested.put(view, filter);
        compute(view);
    }

    public void clear(ViewId view) {
        apply(view, CustomerFilter.EVERYONE);
    }

    public void clearAll() {
        for (ViewId v : ViewId.values()) {
            clear(v);
        }
    }

    private void compute(ViewId view) {
        Analysis a = analysis;
        if (a == null) {
            return;
        }
        CustomerFilter f = requested.get(view);
        long gen = generation.merge(view, 1L, Long::sum);
        runner.<FilteredView>run(task -> {
            Selection s = a.aggregates().select(f, this::heldMembers);
            return new FilteredView(a, f, s, a.summary(s));
        }).onSuccess(result -> {
            if (generation.get(view) == gen) {
                views.get(view).set(result);
            }
        }).onFailure(errors).start();
    }

    /**
     * The people of a group the analysis's columns do not hold: a transition's from the migrations computed, a saved
     * segment's or plan tier's from those the project stores; else nobody.
     */
    private Selection heldMembers(CustomerGroup g) {
        if (g instanceof CustomerGroup.Transition t) {
            for (Migration m : migrations) {
                if (m.holds(t)) {
                    return m.members(t);
                }
            }
        }
        return storedMembers.getOrDefault(g.id(), new BitmapBackedSelection());
    }
}
