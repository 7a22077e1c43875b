package fangrid.ui.detail;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerField;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.SegmentStats;
import fangrid.domain.Activity;
import fangrid.domain.CustomerNames;
import fangrid.domain.ExportFormat;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.FilteredView;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Segment detail's state: the view it shows, the group's figures, the customer rows (sorted and searched on the
 * views' worker), the selected customer's timeline; saving the group as a segment and exporting it run on the
 * project's worker through {@link DetailServices}.
 */
public final class SegmentDetailModel {
    /** The export formats offered, with their message keys. */
    public enum Export {
        CSV_UTF8("csvUtf8", ExportFormat.CSV_UTF8_BOM),
        CSV_SJIS("csvSjis", ExportFormat.CSV_WINDOWS_31J),
        XLSX("xlsx", ExportFormat.XLSX);

        private final String key;
        private final ExportFormat format;

        Export(String key, ExportFormat format) {
            this.key = key;
            this.format = format;
        }

        public String key() {
            return key;
        }

        public ExportFormat format() {
            return format;
        }
    }

    /** What the save dialog asks; {@code replace}: a segment of the same name is replaced. */
    public record SaveRequest(String name, String note, Activity activity, boolean replace) {
        public SaveRequest replacing() {
            return new SaveRequest(name, note, activity, true);
        }
    }

    private final TaskRunner viewsRunner;
    private final DetailServices services;
    private final ReadOnlyObjectWrapper<FilteredView> view = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SegmentStats> stats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CustomerRows> rows = new ReadOnlyObjectWrapper<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CustomerNames> names = new SimpleObjectProperty<>(CustomerNames.REAL);
    private final ObservableList<fangrid.analysis.TimelineEvent> timeline = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> customer = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper timelineLoading = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private CustomerField sortField;
    private boolean ascending = true;
    private long generation;

    public SegmentDetailModel(TaskRunner viewsRunner, DetailServices services) {
        this.viewsRunner = viewsRunner;
        this.services = services;
        search.addListener((o, a, b) -> computeRows());
        names.addListener((o, a, b) -> computeRows());
    }

    /**
     * How customers are named in the table, the timeline, searches and exports: real ids and contacts, or demo
     * mode's pseudonyms (a search then finds pseudonyms only).
     */
    public ObjectProperty<CustomerNames> namesProperty() {
        return names;
    }

    public ReadOnlyObjectProperty<FilteredView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** The customers shown, in the table's order. */
    public ReadOnlyObjectProperty<CustomerRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Text a customer id must contain to be listed (full-width and case folded). */
    public StringProperty searchProperty() {
        return search;
    }

    /** The selected customer's purchases, returns and survey answers, oldest first. */
    public ObservableList<fangrid.analysis.TimelineEvent> timeline() {
        return timeline;
    }

    /** Whether the selected customer's timeline is still being read. */
    public javafx.beans.property.ReadOnlyBooleanProperty timelineLoadingProperty() {
        return timelineLoading.getReadOnlyProperty();
    }

    /** The index of the customer whose timeline is shown, or null. */
    public ReadOnlyObjectProperty<Integer> customerProperty() {
        return customer.getReadOnlyProperty();
    }

    /** Shows nobody until the next {@link #show}: another project is being opened, and nothing of this one may stay. */
    public void clear() {
        view.set(null);
        ++generation;
        stats.set(null);
        rows.set(null);
        selectCustomer(null);
    }

    /** Shows the customers of {@code v}: figures and rows are computed on the views' worker. */
    public void show(FilteredView v) {
        FilteredView previous = view.get();
        view.set(v);
        if (previous == null || previous.analysis() != v.analysis()) {
            // Another analysis (a new date or settings, another project): nothing of the previous one stays on
            // screen while this one's figures and rows are computed, and its customer is no longer selected.
            stats.set(null);
            rows.set(null);
            selectCustomer(null);
        }
        viewsRunner.<SegmentStats>run(task -> v.analysis().stats(v.selection()))
                .onSuccess(s -> {
                    if (view.get() == v) {
                        stats.set(s);
                    }
                }).onFailure(services::error).start();
        computeRows();
        if (customer.get() != null && (v.selection() != null && !v.selection().contains(customer.get()))) {
            selectCustomer(null);
        }
    }

    /** Orders the rows by {@code field} (null: customer-key order). */
    public void sort(CustomerField field, boolean ascending) {
        this.sortField = field;
        this.ascending = ascending;
        computeRows();
    }

    private void computeRows() {
        FilteredView v = view.get();
        if (v == null) {
            return;
        }
        long gen = ++generation;
        String text = search.get();
        boolean byValueAtRisk = sortField == null && showsRankDown(v);
        CustomerField field = byValueAtRisk ? CustomerField.VALUE_AT_RISK : sortField;
        boolean up = !byValueAtRisk && ascending;
        CustomerNames shown = names.get();
        viewsRunner.<CustomerRows>run(task -> {
            CustomerRows r = CustomerRows.of(v.analysis().customers(), v.selection());
            r = text.isBlank() ? r : r.matching(text, shown);
            return field == null ? r : r.sortedBy(field, up, shown);
        })
                .onSuccess(r -> {
                    if (gen == generation) {
                        rows.set(r);
                    }
                }).onFailure(services::error).start();
    }

    /** Whether the view holds a rank-down group: its list comes by value at risk, highest first, until sorted. */
    private static boolean showsRankDown(FilteredView v) {
        return v.filter().terms().stream().flatMap(java.util.List::stream)
                .anyMatch(g -> g instanceof fangrid.domain.CustomerGroup.RankDown);
    }

    /** Shows the timeline of customer {@code index} (null: none), read from the project on its worker. */
    public void selectCustomer(Integer index) {
        customer.set(index);
        timeline.clear();
        FilteredView v = view.get();
        timelineLoading.set(index != null && v != null);
        if (index != null && v != null) {
            services.timeline(v.analysis(), index, events -> {
                if (index.equals(customer.get())) {
                    timeline.setAll(events);
                    timelineLoading.set(false);
                }
            });
        }
    }

    /**
     * Saves the customers shown as a named segment; {@code done} gets the saved segment, {@code nameTaken} is called
     * when the name is taken and the request does not replace it.
     */
    public void save(SaveRequest request, java.util.function.Consumer<fangrid.domain.SavedSegment> done,
                     Runnable nameTaken) {
        FilteredView v = view.get();
        if (v != null) {
            services.save(v, request, done, nameTaken);
        }
    }

    /**
     * Exports the customers shown (all of the group, whatever the search) to {@code file}, worded by
     * {@code messages} (the window's language); null when nothing is shown.
     */
    public javafx.concurrent.Task<fangrid.domain.ExportResult> export(Export kind, Path file, ResourceBundle messages) {
        FilteredView v = view.get();
        return v == null ? null : services.export(v.analysis(), v.selection(), kind.format(), file, messages, names.get());
    }

    /** The analysis shown, or null. */
    Analysis analysis() {
        FilteredView v = view.get();
        return v == null ? null : v.analysis();
    }
}
