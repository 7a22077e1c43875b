package fangrid.ui.detail;

import fangrid.analysis.CustomerColumns;
import fangrid.analysis.CustomerField;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.CustomerTable;
import fangrid.domain.CpmCell;
import fangrid.domain.CustomerGroup;
import fangrid.domain.CustomerNames;
import fangrid.domain.GridCell;
import fangrid.domain.Regularity;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.FilteredView;
import java.util.AbstractList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The group's customers: a virtualized table over customer indices (millions of rows, a node per visible row
 * only), sortable by any column (sorted on the worker, not by the table) and searchable by customer id.
 */
final class CustomerTablePane extends VBox {
    private static final double MIN_COLUMN_WIDTH = 64;
    /** Room beside a header's text for the sort arrow. */
    private static final double HEADER_PADDING = 30;
    /** Room beside a cell's text for the cell's own padding. */
    private static final double CELL_PADDING = 16;

    /**
     * One row: a customer of one analysis's table. Rows of two analyses are never equal, and a row draws from its
     * own table: a table row whose new item equals its old one is not redrawn, so rows of plain indices kept
     * showing an earlier analysis's (or another project's) values for the same index.
     */
    record CustomerRow(CustomerTable table, int index) {
    }

    private final SegmentDetailModel model;
    private final Messages messages;
    private final Formats formats;
    private final TableView<CustomerRow> table = new TableView<>();
    private final TableColumn<CustomerRow, String> monetary;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final ChangeListener<CustomerRows> rowsListener = (o, old, r) -> show(r);
    private final ChangeListener<FilteredView> viewListener = (o, old, v) -> arrangeColumns(v);
    /** The rank-down columns: right after the customer id for a rank-down list, else at the end. */
    private final List<TableColumn<CustomerRow, ?>> rankDownColumns = new java.util.ArrayList<>();
    private final ChangeListener<CustomerNames> namesListener = (o, old, n) -> table.refresh();
    private CustomerTable shown;
    /** Set while the items are replaced: the sort order the table drops then is not a request to sort. */
    private boolean replacingItems;

    CustomerTablePane(SegmentDetailModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        setSpacing(4);
        search.setId("customerSearch");
        search.setPromptText(messages.get("detail.search"));
        search.setAccessibleText(messages.get("detail.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        count.setId("customerCount");
        count.getStyleClass().add("detail-note");
        table.setId("customerTable");
        table.setPlaceholder(placeholder);
        table.getColumns().add(column(CustomerField.CUSTOMER_ID, "customerId",
                (t, i) -> model.namesProperty().get().id(i, t.customerId(i))));
        table.getColumns().add(column(CustomerField.RECENCY, "recency", (t, i) -> number(t.recencyDays(i))));
        table.getColumns().add(column(CustomerField.FREQUENCY, "frequency", (t, i) -> formats.count(t.frequency(i))));
        monetary = column(CustomerField.MONETARY, "monetary", (t, i) -> formats.money(t.monetary(i)));
        table.getColumns().add(monetary);
        table.getColumns().add(column(CustomerField.RFM_SCORE, "rfm", (t, i) -> t.rfmScore(i) == 0 ? ""
                : Integer.toString(t.rfmScore(i))));
        table.getColumns().add(column(CustomerField.GRID_CELL, "cell", (t, i) -> {
            GridCell c = t.gridCell(i);
            return c == null ? "" : c.toString();
        }));
        table.getColumns().add(column(CustomerField.DECILE, "decile", (t, i) -> t.decile(i) == 0 ? "" : "D" + t.decile(i)));
        table.getColumns().add(column(CustomerField.USAGE, "usage", (t, i) -> number(t.usageLevel(i))));
        table.getColumns().add(column(CustomerField.FAVORABILITY, "favorability", (t, i) -> number(t.favorability(i))));
        table.getColumns().add(column(CustomerField.DAYS_SINCE_FIRST_PURCHASE, "sinceFirst",
                (t, i) -> number(t.daysSinceFirstPurchase(i))));
        table.getColumns().add(column(CustomerField.RETURN_RATE, "returnRate", (t, i) -> formats.percent(t.returnRate(i))));
        int before = table.getColumns().size();
        addRankDownColumns();
        rankDownColumns.addAll(table.getColumns().subList(before, table.getColumns().size()));
        table.setSortPolicy(t -> {
            if (!replacingItems) {
                TableColumn<CustomerRow, ?> c = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
                model.sort(c == null ? null : (CustomerField) c.getUserData(),
                        c == null || c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, r) ->
                model.selectCustomer(r == null ? null : r.index()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(search, table, count);
        // Zoom and presentation mode change the type: the columns are fitted to it again.
        search.fontProperty().addListener((o, old, font) -> fitColumns());
        model.rowsProperty().addListener(rowsListener);
        model.viewProperty().addListener(viewListener);
        model.namesProperty().addListener(namesListener);
        show(model.rowsProperty().get());
    }

    /** A rank-down list shows first what it is for: the days overdue, the due date, the value at risk. */
    private void arrangeColumns(FilteredView v) {
        boolean rankDown = v != null && v.filter().terms().stream().flatMap(List::stream)
                .anyMatch(g -> g instanceof CustomerGroup.RankDown);
        int at = table.getColumns().indexOf(rankDownColumns.get(0));
        int wanted = rankDown ? 1 : table.getColumns().size() - rankDownColumns.size();
        if (at != wanted) {
            table.getColumns().removeAll(rankDownColumns);
            table.getColumns().addAll(wanted, rankDownColumns);
        }
    }

    /** Each customer's days overdue and due date, value at risk, median interval, regularity and CPM cell. */
    private void addRankDownColumns() {
        table.getColumns().add(column(CustomerField.DAYS_OVERDUE, "daysOverdue", (t, i) ->
                t.daysOverdue(i) == CustomerTable.NOT_COMPUTABLE ? "" : formats.count(t.daysOverdue(i))));
        table.getColumns().add(column(CustomerField.NEXT_PURCHASE_DUE, "nextDue", (t, i) ->
                t.nextPurchaseDue(i) == null ? "" : t.nextPurchaseDue(i).toString()));
        TableColumn<CustomerRow, String> valueAtRisk = column(CustomerField.VALUE_AT_RISK, "valueAtRisk",
                (t, i) -> Double.isNaN(t.valueAtRisk(i)) ? "" : formats.money(t.valueAtRisk(i)));
        Label header = new Label(valueAtRisk.getText());
        header.setTooltip(new Tooltip(messages.get("detail.valueAtRisk.tooltip")));
        valueAtRisk.setText(null);
        valueAtRisk.setGraphic(header);
        table.getColumns().add(valueAtRisk);
        table.getColumns().add(column(CustomerField.MEDIAN_INTERVAL, "medianInterval",
                (t, i) -> Double.isNaN(t.medianIntervalDays(i)) ? "" : formats.days(t.medianIntervalDays(i))));
        table.getColumns().add(column(CustomerField.REGULARITY, "regularity", (t, i) -> {
            Regularity r = t.regularity(i);
            return r == null ? "" : messages.get(r.key());
        }));
        table.getColumns().add(column(CustomerField.CPM, "cpm", (t, i) -> {
            CpmCell c = t.cpmCell(i);
            return c == null ? "" : c.label(messages.locale());
        }));
    }

    private String number(int value) {
        return value == CustomerColumns.NONE ? "" : formats.count(value);
    }

    private TableColumn<CustomerRow, String> column(CustomerField field, String key,
                                                     BiFunction<CustomerTable, Integer, String> text) {
        TableColumn<CustomerRow, String> c = new TableColumn<>(messages.get("detail.column." + key));
        c.setId("column-" + key);
        c.setUserData(field);
        fitHeader(c);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue().table(), d.getValue().index())));
        if (field != CustomerField.CUSTOMER_ID) {
            c.getStyleClass().add("number-column");
        }
        return c;
    }

    /**
     * Wide enough for the header: a table of eleven columns scrolls sideways rather than cut its headers short. The
     * paddings are at 100 % zoom (13 px type) and grow with the type.
     */
    private void fitHeader(TableColumn<CustomerRow, ?> c) {
        double k = search.getFont().getSize() / 13;
        c.setPrefWidth(Math.max(MIN_COLUMN_WIDTH * k, textWidth(c.getText()) + HEADER_PADDING * k));
    }

    private void fitColumns() {
        table.getColumns().forEach(this::fitHeader);
        if (shown != null) {
            fitMonetary();
        }
    }

    /** The width of {@code s} in the table's font (the search field's: both take the window's font). */
    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(search.getFont());
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private void show(CustomerRows rows) {
        List<TableColumn<CustomerRow, ?>> order = List.copyOf(table.getSortOrder());
        replacingItems = true;
        try {
            table.setItems(rows == null ? FXCollections.observableArrayList() : FXCollections.observableList(new AbstractList<>() {
                @Override
                public CustomerRow get(int row) {
                    return new CustomerRow(rows.table(), rows.index(row));
                }

                @Override
                public int size() {
                    return rows.size();
                }
            }));
            // A table given a new items list forgets its sort order (JavaFX RT-35763); the rows come sorted
            // already, so the order, and the header's arrow, are put back without sorting again.
            table.getSortOrder().setAll(order);
        } finally {
            replacingItems = false;
        }
        placeholder.setText(messages.get(rows == null ? "detail.loadingCustomers" : "detail.noCustomers"));
        count.setText(rows == null ? "" : messages.format("detail.rows", formats.count(rows.size())));
        if (rows != null && rows.table() != shown) {
            shown = rows.table();
            fitMonetary();
        }
    }

    /** Net sales never shrink to "…": the column fits the widest amount of anyone in the analysis. */
    private void fitMonetary() {
        double widest = Math.max(textWidth(formats.money(shown.lowestMonetary())),
                textWidth(formats.money(shown.highestMonetary())));
        monetary.setPrefWidth(Math.max(monetary.getPrefWidth(), widest + CELL_PADDING));
    }

    void dispose() {
        model.rowsProperty().removeListener(rowsListener);
        model.viewProperty().removeListener(viewListener);
        model.namesProperty().removeListener(namesListener);
        search.textProperty().unbindBidirectional(model.searchProperty());
    }
}
