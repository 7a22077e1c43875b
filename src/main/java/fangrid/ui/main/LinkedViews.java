package fangrid.ui.main;

import fangrid.ui.common.CategoryLabels;
import fangrid.analysis.Analysis;
import fangrid.analysis.TrendPoint;
import fangrid.domain.Activity;
import fangrid.domain.ActivityMapping;
import fangrid.domain.CustomerGroup;
import fangrid.domain.DataKind;
import fangrid.domain.SavedSegment;
import fangrid.ui.charts.ChartsPane;
import fangrid.ui.common.Alerts;
import fangrid.ui.common.EmptyState;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.FilterChip;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.GroupSource;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.crossfilter.ViewId;
import fangrid.ui.cpm.CpmPane;
import fangrid.ui.detail.SaveSegmentDialog;
import fangrid.ui.detail.SegmentDetailPane;
import fangrid.ui.grid.RfGridPane;
import fangrid.ui.matrix.FavorabilityMatrixPane;
import fangrid.ui.theme.ChartStyler;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The linked views (grid, matrix, detail, charts, CPM) and how they talk: each renders its {@link CrossFilter} view; cells dragged (or sent by
 * menu and keyboard) from one view onto another set that view's filter; a chip on each view says what filters it.
 * The grid and the matrix are built with the window; detail, charts and CPM, which live in lower tabs, when their tab
 * is first shown ({@link LazyTabs}); their tab headers take drops from the start.
 */
final class LinkedViews {
    /** Where the views go in the window. */
    record Slots(Pane gridCard, StackPane gridHolder, StackPane gridChip, Pane matrixCard, StackPane matrixHolder,
                 StackPane matrixChip, TabPane tabs, Tab detailTab, Tab chartsTab, Tab cpmTab,
                 ListView<CustomerGroup> segments) {
    }

    private final MainModel model;
    private final CrossFilter crossFilter;
    private final Messages messages;
    private final ChartStyler styler;
    private final FileDialogs dialogs;
    private final Formats formats;
    private final GroupLabels labels;
    private final Slots slots;
    private final RfGridPane grid;
    private final FavorabilityMatrixPane matrix;
    private final SegmentList segmentList;
    private final Map<ViewId, FilterChip> chips = new EnumMap<>(ViewId.class);
    private final Map<ViewId, ChangeListener<FilteredView>> listeners = new EnumMap<>(ViewId.class);
    private final EmptyViews emptyViews;
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> onAnalysis(a);
    private final ListChangeListener<SavedSegment> savedListener = c -> showSegments();
    private final ListChangeListener<TrendPoint> trendListener = c -> showTrend();
    private GroupSource active;
    /** The charts, null until their tab is first shown. */
    private ChartsPane charts;
    private EmptyState cpmEmpty;
    private final Consumer<DataKind> importFile;

    /**
     * The views in {@code slots}; the charts' PNG buttons ask {@code dialogs} where to save, and an empty view's
     * import button calls {@code importFile} with the kind it needs.
     */
    LinkedViews(MainModel model, Messages messages, ChartStyler styler, FileDialogs dialogs, Slots slots,
                Consumer<DataKind> importFile) {
        this.model = model;
        this.crossFilter = model.crossFilter();
        this.messages = messages;
        this.styler = styler;
        this.dialogs = dialogs;
        this.formats = new Formats(messages.locale());
        this.slots = slots;
        this.importFile = importFile;
        this.labels = new GroupLabels(messages, model.saved()::name);
        grid = new RfGridPane(messages, labels);
        matrix = new FavorabilityMatrixPane(messages, labels);
        segmentList = new SegmentList(slots.segments(), messages, labels);
        slots.gridHolder().getChildren().add(grid);
        slots.matrixHolder().getChildren().add(matrix);
        emptyViews = new EmptyViews(messages, slots.gridHolder(), slots.matrixHolder(), importFile,
                model.busyProperty());

        chip(ViewId.GRID, slots.gridChip());
        chip(ViewId.MATRIX, slots.matrixChip());

        GroupDrag.target(slots.gridCard(), f -> crossFilter.apply(ViewId.GRID, f));
        GroupDrag.target(slots.matrixCard(), f -> crossFilter.apply(ViewId.MATRIX, f));
        tabTarget(slots.detailTab(), ViewId.DETAIL);
        tabTarget(slots.chartsTab(), ViewId.CHARTS);
        tabTarget(slots.cpmTab(), ViewId.CPM);

        GroupSource gridSource = () -> grid.payload(grid.selection().selectedInOrder());
        GroupSource matrixSource = () -> matrix.payload(matrix.selection().selectedInOrder());
        activeWhenFocused(grid, gridSource);
        activeWhenFocused(matrix, matrixSource);
        activeWhenFocused(slots.segments(), segmentList);
        contextMenu(grid, gridSource, ViewId.GRID, true);
        contextMenu(matrix, matrixSource, ViewId.MATRIX, false);
        ContextMenu segmentMenu = contextMenu(slots.segments(), segmentList, null, false);
        MenuItem edit = new MenuItem(messages.get("segments.edit"));
        edit.setOnAction(e -> editSelectedSaved());
        MenuItem delete = new MenuItem(messages.get("segments.delete"));
        delete.setOnAction(e -> deleteSelectedSaved());
        segmentMenu.getItems().addAll(edit, delete);
        segmentMenu.setOnShowing(e -> {
            edit.setDisable(selectedSaved() == null);
            delete.setDisable(selectedSaved() == null);
        });
        slots.segments().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2) {
                editSelectedSaved();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelectedSaved();
            }
        });

        listen(ViewId.GRID, v -> grid.show(v));
        listen(ViewId.MATRIX, v -> matrix.show(v));
        model.analysisProperty().addListener(analysisListener);
        model.saved().list().addListener(savedListener);
        model.trend().addListener(trendListener);
        showSegments();
        emptyViews.show(model.analysisProperty().get());
    }

    /** Segment detail's view, for its tab: it shows the detail filter's customers and takes drops. */
    LazyTabs.View detailView() {
        SegmentDetailPane detail = new SegmentDetailPane(model.detail(), messages, labels, dialogs);
        StackPane holder = tabCard("detailHolder", detail);
        emptyViews.coverDetail(holder);
        chip(ViewId.DETAIL, detail.chipHolder());
        GroupDrag.target(holder, f -> crossFilter.apply(ViewId.DETAIL, f));
        listen(ViewId.DETAIL, detail::show);
        return new LazyTabs.View(holder, detail::dispose);
    }

    /** The charts' view, for its tab: the charts filter's customers and the first-category trend; takes drops. */
    LazyTabs.View chartsView() {
        charts = new ChartsPane(messages, styler, dialogs, labels, e -> model.errorProperty().set(e));
        StackPane holder = tabCard("chartsHolder", charts);
        chip(ViewId.CHARTS, charts.chipHolder());
        GroupDrag.target(holder, f -> crossFilter.apply(ViewId.CHARTS, f));
        listen(ViewId.CHARTS, charts::show);
        showTrend();
        return new LazyTabs.View(holder, () -> { });
    }

    /** A lower tab's card holding {@code view}. */
    private static StackPane tabCard(String id, Node view) {
        StackPane card = new StackPane(view);
        card.setId(id);
        card.getStyleClass().add("card");
        return card;
    }

    /**
     * Adds the CPM view to the CPM card (built with its tab): its ten cells in {@code holder} render the CPM filter's
     * customers, are selected and dragged like the grid's, and the card takes drops.
     */
    void addCpm(Pane card, StackPane holder, StackPane chipHolder) {
        CpmPane cpm = new CpmPane(messages, labels);
        holder.getChildren().add(cpm);
        cpmEmpty = new EmptyState("cpmEmpty", cpm);
        cpmEmpty.actionDisableProperty().bind(model.busyProperty());
        holder.getChildren().add(cpmEmpty);
        showCpmEmpty(model.analysisProperty().get());
        chip(ViewId.CPM, chipHolder);
        GroupDrag.target(card, f -> crossFilter.apply(ViewId.CPM, f));
        GroupSource source = () -> cpm.payload(cpm.selection().selectedInOrder());
        activeWhenFocused(cpm, source);
        contextMenu(cpm, source, ViewId.CPM, false);
        listen(ViewId.CPM, cpm::show);
    }

    private void onAnalysis(Analysis a) {
        showSegments();
        emptyViews.show(a);
        showCpmEmpty(a);
    }

    /** An empty project's CPM view asks for the shop's orders, as its grid does. */
    private void showCpmEmpty(Analysis a) {
        if (cpmEmpty == null) {
            return;
        }
        if (a == null || a.hasTransactions()) {
            cpmEmpty.hide();
        } else {
            cpmEmpty.show(messages.get("cpm.empty"), messages.get("empty.importTransactions"),
                    () -> importFile.accept(DataKind.TRANSACTIONS));
        }
    }

    private void showTrend() {
        if (charts != null) {
            charts.showTrend(model.trend());
        }
    }

    private void showSegments() {
        Analysis a = model.analysisProperty().get();
        if (a != null) {
            segmentList.rankDownRule(a.settings().rankDown());
            segmentList.show(a.summary(), model.saved().list());
        }
    }

    private void chip(ViewId view, StackPane holder) {
        FilterChip chip = new FilterChip(messages, "chip-" + view.name().toLowerCase(java.util.Locale.ROOT),
                () -> crossFilter.clear(view));
        chip.hold(holder);
        chips.put(view, chip);
    }

    private void tabTarget(Tab tab, ViewId view) {
        Label header = new Label(tab.getText());
        header.setId(view.name().toLowerCase(java.util.Locale.ROOT) + "TabHeader");
        tab.setText(null);
        tab.setGraphic(header);
        GroupDrag.target(header, f -> {
            crossFilter.apply(view, f);
            slots.tabs().getSelectionModel().select(tab);
        });
    }

    private void listen(ViewId view, java.util.function.Consumer<FilteredView> show) {
        ChangeListener<FilteredView> l = (o, old, v) -> {
            if (v != null) {
                show.accept(v);
                chips.get(view).show(v.everyone() ? null : messages.format("filter.chip",
                        CategoryLabels.named(messages, v.analysis(), labels.label(v.filter())),
                        formats.count(v.summary().people())));
            }
        };
        listeners.put(view, l);
        crossFilter.view(view).addListener(l);
        l.changed(null, null, crossFilter.view(view).get());
    }

    private void activeWhenFocused(Node node, GroupSource source) {
        node.focusWithinProperty().addListener((o, was, now) -> {
            if (now) {
                active = source;
            }
        });
    }

    /** Right-click on a view's cells: send them to each other view; on the grid also set their activity. */
    private ContextMenu contextMenu(Node node, GroupSource source, ViewId self, boolean activities) {
        ContextMenu menu = new ContextMenu();
        for (ViewId target : ViewId.values()) {
            if (target != self) {
                MenuItem item = new MenuItem(messages.get("menu.filter.to" + capitalized(target)));
                item.setOnAction(e -> send(source, target));
                menu.getItems().add(item);
            }
        }
        if (activities) {
            Menu activity = new Menu(messages.get("grid.setActivity"));
            for (Activity a : Activity.values()) {
                if (a != Activity.CONVERT_PROSPECTS) {
                    MenuItem item = new MenuItem(a.number() + ". " + messages.get(a.key()));
                    item.setOnAction(e -> setActivity(a));
                    activity.getItems().add(item);
                }
            }
            menu.getItems().add(activity);
        }
        node.setOnContextMenuRequested(e -> {
            active = source;
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        // Not every platform turns a right click into a context-menu request (Monocle does not).
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                active = source;
                menu.show(node, e.getScreenX(), e.getScreenY());
            }
        });
        return menu;
    }

    private CustomerGroup.Saved selectedSaved() {
        CustomerGroup g = slots.segments().getSelectionModel().getSelectedItem();
        return g instanceof CustomerGroup.Saved s ? s : null;
    }

    /** Edits the name, note and activity of the saved segment selected in the sidebar. */
    private void editSelectedSaved() {
        CustomerGroup.Saved s = selectedSaved();
        if (s != null) {
            model.saved().get(s.segmentId()).ifPresent(saved -> edit(saved.id(), saved.name(), saved.note(), saved.activity()));
        }
    }

    /** Asks for the segment's new name, note and activity; a name already taken is said, and asked again. */
    private void edit(long id, String name, String note, Activity activity) {
        javafx.stage.Window owner = slots.segments().getScene().getWindow();
        SaveSegmentDialog.editing(messages, owner, name, note, activity).showAndWait().ifPresent(r ->
                model.saved().edit(id, r.name(), r.note(), r.activity(), () -> {
                    Alerts.titled(Alert.AlertType.WARNING, owner, messages.get("segments.edit"),
                            messages.format("segments.edit.taken", r.name())).showAndWait();
                    edit(id, r.name(), r.note(), r.activity());
                }));
    }

    /** Deletes the saved segment selected in the sidebar, after asking. */
    private void deleteSelectedSaved() {
        CustomerGroup.Saved s = selectedSaved();
        if (s == null) {
            return;
        }
        if (Alerts.confirmed(slots.segments().getScene().getWindow(), messages.get("segments.delete"),
                messages.format("segments.delete.confirm", labels.label(s)))) {
            model.saved().delete(s.segmentId());
        }
    }

    private static String capitalized(ViewId v) {
        String n = v.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private void setActivity(Activity a) {
        Analysis analysis = model.analysisProperty().get();
        if (analysis == null) {
            return;
        }
        ActivityMapping mapping = analysis.settings().activities();
        for (CustomerGroup g : grid.selection().selectedInOrder()) {
            mapping = mapping.with(((CustomerGroup.Grid) g).cell(), a);
        }
        model.updateSettings(analysis.settings().withActivities(mapping));
    }

    /**
     * Makes the cells {@code source} gives of another view (e.g. the migration matrix) sendable to every view by
     * the Filter menu, its shortcuts and a right-click, as the grid's are.
     */
    void addSource(Node node, GroupSource source) {
        activeWhenFocused(node, source);
        contextMenu(node, source, null, false);
    }

    /** Sends the active view's selected cells to {@code target} (the menu and keyboard equivalent of a drop). */
    void sendSelectionTo(ViewId target) {
        send(active, target);
    }

    private void send(GroupSource source, ViewId target) {
        GroupDrag.Payload p = source == null ? null : source.selectedPayload();
        if (p == null) {
            model.statusProperty().set(messages.get("filter.nothingSelected"));
            return;
        }
        crossFilter.apply(target, p.filter());
        if (target == ViewId.DETAIL) {
            slots.tabs().getSelectionModel().select(slots.detailTab());
        } else if (target == ViewId.CHARTS) {
            slots.tabs().getSelectionModel().select(slots.chartsTab());
        } else if (target == ViewId.CPM) {
            slots.tabs().getSelectionModel().select(slots.cpmTab());
        }
    }

    void clearAll() {
        crossFilter.clearAll();
    }

    /** Detaches the views from the model (the window is being replaced). */
    void dispose() {
        listeners.forEach((v, l) -> crossFilter.view(v).removeListener(l));
        model.analysisProperty().removeListener(analysisListener);
        model.saved().list().removeListener(savedListener);
        model.trend().removeListener(trendListener);
    }

}
