package fangrid.ui.categories;

import fangrid.ui.common.CategoryLabels;
import fangrid.analysis.Analysis;
import fangrid.analysis.CategorySummary;
import fangrid.ui.charts.CategoryBars;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Categories tab: every category's customers, % of base, net sales, repeat rate, share in R1, one-time share and
 * first-category share in a sortable table beside a chart in the table's order. Opening a row (double-click, Enter
 * or the button) shows that category in every view, as the sidebar's selector does; the row of the category shown
 * is marked.
 */
public final class CategoriesController {
    private final CategoriesModel model;
    private final Messages messages;
    private final Formats formats;
    private final ChartStyler styler;
    private final ObservableList<CategorySummary> items = FXCollections.observableArrayList();
    private final ChangeListener<List<CategorySummary>> rowsListener = (o, old, rows) -> show(rows);
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> analysisChanged();
    private CategoryBars chart;
    private boolean visible;

    @FXML private Label heading;
    @FXML private Button openButton;
    @FXML private Button allButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private SplitPane split;
    @FXML private TableView<CategorySummary> table;
    @FXML private StackPane chartHolder;
    @FXML private Label empty;

    public CategoriesController(CategoriesModel model, Messages messages, ChartStyler styler) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.styler = styler;
    }

    @FXML
    private void initialize() {
        SortedList<CategorySummary> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("categories-table");
        table.getColumns().setAll(List.of(nameColumn(),
                number("categories.column.customers", null, r -> r.customers(), r -> formats.count(r.customers())),
                number("categories.column.share", "categories.column.share.tip", CategorySummary::shareOfBase,
                        r -> formats.percent(r.shareOfBase())),
                number("categories.column.sales", null, CategorySummary::netSales, r -> formats.money(r.netSales())),
                number("categories.column.repeat", "categories.column.repeat.tip", CategorySummary::repeatRate,
                        r -> formats.percent(r.repeatRate())),
                number("categories.column.r1", "categories.column.r1.tip", CategorySummary::shareInR1,
                        r -> formats.percent(r.shareInR1())),
                number("categories.column.oneTime", "categories.column.oneTime.tip", CategorySummary::oneTimeShare,
                        r -> formats.percent(r.oneTimeShare())),
                number("categories.column.first", "categories.column.first.tip",
                        r -> r.hasFirstCategoryShare() ? r.firstCategoryShare() : -1,
                        r -> r.hasFirstCategoryShare() ? formats.percent(r.firstCategoryShare()) : "—")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.setRowFactory(t -> new ShownRow());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpen();
                e.consume();
            }
        });
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        cancelButton.visibleProperty().bind(model.runningProperty());
        cancelButton.managedProperty().bind(model.runningProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.progressProperty().bind(model.progressProperty());
        chart = new CategoryBars(messages, styler);
        chartHolder.getChildren().add(new ChartViewer(chart.chart()));
        sorted.addListener((javafx.collections.ListChangeListener<CategorySummary>) c -> chart.show(sorted, this::label));
        model.rowsProperty().addListener(rowsListener);
        model.analysisProperty().addListener(analysisListener);
        model.runningProperty().addListener((o, was, running) -> showState());
        show(model.rowsProperty().get());
    }

    /** Called when the tab is shown or hidden: the rows are computed only while someone looks at them. */
    public void setVisible(boolean shown) {
        visible = shown;
        if (shown) {
            model.refresh();
        }
        showState();
    }

    /** Detaches from the model (the window is being replaced). */
    public void dispose() {
        model.rowsProperty().removeListener(rowsListener);
        model.analysisProperty().removeListener(analysisListener);
        model.cancel();
    }

    @FXML
    private void onOpen() {
        CategorySummary row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.open(row.name());
        }
    }

    @FXML
    private void onAll() {
        model.open(null);
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    private void analysisChanged() {
        if (visible) {
            model.refresh();
        }
        table.refresh();
        showState();
    }

    private void show(List<CategorySummary> rows) {
        items.setAll(rows);
        showState();
    }

    private void showState() {
        Analysis a = model.analysisProperty().get();
        String shown = a == null ? null : a.settings().category();
        heading.setText(messages.format("categories.heading", CategoryLabels.label(messages, shown)));
        allButton.setDisable(shown == null);
        String message = null;
        if (a == null || !a.hasTransactions()) {
            message = messages.get("categories.empty.noTransactions");
        } else if (model.runningProperty().get() && items.isEmpty()) {
            message = messages.get("categories.computing");
        } else if (!items.isEmpty() && items.size() < 2) {
            message = messages.get("categories.empty.oneCategory");
        }
        empty.setText(message);
        empty.setVisible(message != null);
        split.setVisible(message == null);
    }

    private String label(String category) {
        return CategoryLabels.label(messages, category);
    }

    private TableColumn<CategorySummary, String> nameColumn() {
        TableColumn<CategorySummary, String> c = new TableColumn<>(messages.get("categories.column.name"));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(label(f.getValue().name())));
        c.setPrefWidth(140);
        return c;
    }

    /** A right-aligned column sorted by {@code value} and showing {@code text}; its header explains it ({@code tipKey}). */
    private TableColumn<CategorySummary, CategorySummary> number(String key, String tipKey,
                                                                 ToDoubleFunction<CategorySummary> value,
                                                                 Function<CategorySummary, String> text) {
        TableColumn<CategorySummary, CategorySummary> c = new TableColumn<>();
        Label header = new Label(messages.get(key));
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.maxWidthProperty().bind(c.widthProperty().subtract(header.getFont().getSize()));
        if (tipKey != null) {
            header.setTooltip(new Tooltip(messages.get(tipKey)));
        }
        c.setGraphic(header);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator(Comparator.comparingDouble(value));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(CategorySummary row, boolean isEmpty) {
                super.updateItem(row, isEmpty);
                setText(isEmpty || row == null ? null : text.apply(row));
            }
        });
        c.getStyleClass().add("number-column");
        return c;
    }

    /** A row marked while its category is the one every view shows; double-click opens it. */
    private final class ShownRow extends TableRow<CategorySummary> {
        ShownRow() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    model.open(getItem().name());
                }
            });
        }

        @Override
        protected void updateItem(CategorySummary row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            Analysis a = model.analysisProperty().get();
            boolean shown = !isEmpty && row != null && a != null && Objects.equals(row.name(), a.settings().category());
            getStyleClass().remove("category-shown");
            if (shown) {
                getStyleClass().add("category-shown");
            }
        }
    }
}
