package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.crossfilter.ViewId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Filters asked for on the command line ({@code --grid=R1F1}, {@code --matrix=…}, {@code --detail=R1F1+R1F2},
 * {@code --charts=heavy}): applied once the first analysis is shown; {@link #readyProperty()} is set when every view
 * shows what was asked (and the trend is in, and the migration's month ends when a view shows the migration), so that a
 * screenshot can be taken of any view.
 */
public final class StartupView {
    private final MainModel model;
    private final Map<ViewId, CustomerFilter> requested = new EnumMap<>(ViewId.class);
    private final ReadOnlyObjectWrapper<Analysis> ready = new ReadOnlyObjectWrapper<>();

    /** {@code params}: the app's named parameters; unknown ones are ignored, a bad filter throws. */
    public StartupView(MainModel model, Map<String, String> params) {
        this.model = model;
        for (ViewId v : ViewId.values()) {
            String f = params.get(v.name().toLowerCase(Locale.ROOT));
            if (f != null) {
                requested.put(v, CustomerFilter.parse(f));
            }
        }
        CrossFilter cf = model.crossFilter();
        model.analysisProperty().addListener((o, old, a) -> {
            if (a != null) {
                requested.forEach(cf::apply);
            }
            check();
        });
        for (ViewId v : ViewId.values()) {
            cf.view(v).addListener((o, old, shown) -> check());
        }
        model.trend().addListener((javafx.collections.ListChangeListener<Object>) c -> check());
        // a filter may name transition cells, whose people are known once the migration is computed
        if (requested.values().stream().anyMatch(StartupView::namesTransitions)) {
            model.migration().attach();
        }
        model.migration().migrationProperty().addListener((o, old, m) -> {
            if (m != null && ready.get() == null) {
                requested.forEach(cf::apply);
            }
        });
        model.migration().snapshotsProperty().addListener((o, old, s) -> check());
    }

    /** The analysis, once every view shows the filter asked for it. */
    public ReadOnlyObjectProperty<Analysis> readyProperty() {
        return ready.getReadOnlyProperty();
    }

    private static boolean namesTransitions(CustomerFilter f) {
        return f.terms().stream().flatMap(List::stream).anyMatch(g -> g instanceof CustomerGroup.Transition);
    }

    private void check() {
        Analysis a = model.analysisProperty().get();
        if (a == null || ready.get() != null
                || a.hasTransactions() && (model.trend().isEmpty()
                        || !a.fromSummary() && model.migration().isAttached()
                        && model.migration().snapshotsProperty().get() == null)) {
            return;
        }
        for (ViewId v : ViewId.values()) {
            FilteredView shown = model.crossFilter().view(v).get();
            CustomerFilter want = requested.getOrDefault(v, CustomerFilter.EVERYONE);
            if (shown == null || shown.analysis() != a || !shown.filter().equals(want)) {
                return;
            }
        }
        ready.set(a);
    }
}
