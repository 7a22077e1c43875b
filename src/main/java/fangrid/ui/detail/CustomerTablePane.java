package fangrid.ui.detail;

import fangrid.analysis.CustomerColumns;
import fangrid.analysis.CustomerField;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.CustomerTable;
import fangrid.domain.GridCell;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import java.util.AbstractList;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The group's customers: a virtualized table over customer indices (millions of rows, a node per visible row
 * only), sortable by any column (sorted on the worker, not by the table) and searchable by customer id.
 */
final class CustomerTablePane extends VBox {
    private final SegmentDetailModel model;
    private final Messages messages;
    private final Formats formats;
    private final TableView<Integer> table = new TableView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final ChangeListener<CustomerRows> rowsListener = (o, old, r) -> show(r);
    private CustomerTable shown;

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
        table.setPlaceholder(new Label(messages.get("detail.noCustomers")));
        table.getColumns().add(column(CustomerField.CUSTOMER_ID, "customerId", i -> shown.customerId(i)));
        table.getColumns().add(column(CustomerField.RECENCY, "recency", i -> number(shown.recencyDays(i))));
        table.getColumns().add(column(CustomerField.FREQUENCY, "frequency", i -> formats.count(shown.frequency(i))));
        table.getColumns().add(column(CustomerField.MONETARY, "monetary", i -> formats.money(shown.monetary(i))));
        table.getColumns().add(column(CustomerField.RFM_SCORE, "rfm", i -> shown.rfmScore(i) == 0 ? ""
                : Integer.toString(shown.rfmScore(i))));
        table.getColumns().add(column(CustomerField.GRID_CELL, "cell", i -> {
            GridCell c = shown.gridCell(i);
            return c == null ? "" : c.toString();
        }));
        table.getColumns().add(column(CustomerField.DECILE, "decile", i -> shown.decile(i) == 0 ? "" : "D" + shown.decile(i)));
        table.getColumns().add(column(CustomerField.USAGE, "usage", i -> number(shown.usageLevel(i))));
        table.getColumns().add(column(CustomerField.FAVORABILITY, "favorability", i -> number(shown.favorability(i))));
        table.getColumns().add(column(CustomerField.DAYS_SINCE_FIRST_PURCHASE, "sinceFirst",
                i -> number(shown.daysSinceFirstPurchase(i))));
        table.getColumns().add(column(CustomerField.RETURN_RATE, "returnRate", i -> formats.percent(shown.returnRate(i))));
        table.setSortPolicy(t -> {
            TableColumn<Integer, ?> c = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            model.sort(c == null ? null : (CustomerField) c.getUserData(),
                    c == null || c.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> model.selectCustomer(i));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(search, table, count);
        model.rowsProperty().addListener(rowsListener);
        show(model.rowsProperty().get());
    }

    private String number(int value) {
        return value == CustomerColumns.NONE ? "" : formats.count(value);
    }

    private TableColumn<Integer, String> column(CustomerField field, String key, IntFunction<String> text) {
        TableColumn<Integer, String> c = new TableColumn<>(messages.get("detail.column." + key));
        c.setId("column-" + key);
        c.setUserData(field);
        // Wide enough for the header: a table of eleven columns scrolls sideways rather than cut its headers short.
        c.setPrefWidth(Math.max(64, new javafx.scene.text.Text(c.getText()).getLayoutBounds().getWidth() + 30));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(shown == null ? "" : text.apply(d.getValue())));
        if (field != CustomerField.CUSTOMER_ID) {
            c.getStyleClass().add("number-column");
        }
        return c;
    }

    private void show(CustomerRows rows) {
        if (rows == null) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        shown = rows.table();
        table.setItems(FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int row) {
                return rows.index(row);
            }

            @Override
            public int size() {
                return rows.size();
            }
        }));
        count.setText(messages.format("detail.rows", formats.count(rows.size())));
    }

    void dispose() {
        model.rowsProperty().removeListener(rowsListener);
        search.textProperty().unbindBidirectional(model.searchProperty());
    }
}
