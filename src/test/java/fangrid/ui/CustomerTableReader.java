package fangrid.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads segment detail's customer table in a window test, two ways: what the table's items hold (every row, through
 * the columns' cell values) and what its row nodes draw on screen (the visible rows only). A row drawn from an
 * earlier state shows where the two disagree.
 */
final class CustomerTableReader {
    private final FxRobot robot;

    CustomerTableReader(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    TableView<Object> table() {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    /** Runs {@code read} on the FX thread (the table is not to be read from another). */
    static <T> T fx(Callable<T> read) throws Exception {
        // generous: on a loaded two-core machine the FX thread may still be laying out a whole table
        return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
    }

    int size() throws Exception {
        return fx(() -> table().getItems().size());
    }

    private TableColumn<Object, ?> tableColumn(String key) {
        return table().getColumns().stream().filter(c -> ("column-" + key).equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + key));
    }

    /** Every row's text in column {@code key} ("customerId", "monetary", …), as the items give it, in table order. */
    List<String> column(String key) throws Exception {
        return fx(() -> {
            TableColumn<Object, ?> c = tableColumn(key);
            List<String> out = new ArrayList<>();
            for (int row = 0; row < table().getItems().size(); row++) {
                out.add(String.valueOf(c.getCellData(row)));
            }
            return out;
        });
    }

    /** One row's text in column {@code key}, as the items give it; null past the end. */
    String cellData(String key, int row) throws Exception {
        return fx(() -> row < table().getItems().size() ? String.valueOf(tableColumn(key).getCellData(row)) : null);
    }

    /** The rows drawn on screen, top first: for each, column key → the text its cell shows. */
    List<Map<String, String>> drawnRows() throws Exception {
        return fx(() -> {
            List<TableRow<?>> rows = new ArrayList<>();
            for (Node n : table().lookupAll(".table-row-cell")) {
                TableRow<?> r = (TableRow<?>) n;
                if (r.isVisible() && !r.isEmpty() && r.getIndex() >= 0 && r.getIndex() < table().getItems().size()) {
                    rows.add(r);
                }
            }
            rows.sort(Comparator.comparingInt(TableRow::getIndex));
            List<Map<String, String>> out = new ArrayList<>();
            for (TableRow<?> r : rows) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (Node n : r.getChildrenUnmodifiable()) {
                    if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
                        cells.put(cell.getTableColumn().getId().substring("column-".length()), cell.getText());
                    }
                }
                out.add(cells);
            }
            return out;
        });
    }

    /**
     * The text the visible cells of column {@code key} actually draw, which a too narrow column cuts to "…",
     * paired with the cell's full text: {@code [full, drawn]} per row.
     */
    List<String[]> drawnTexts(String key) throws Exception {
        return fx(() -> {
            List<String[]> out = new ArrayList<>();
            for (Node n : table().lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty() && cell.getTableColumn() != null
                        && ("column-" + key).equals(cell.getTableColumn().getId()) && cell.getText() != null
                        && cell.getTableRow() != null && cell.getTableRow().isVisible()) {
                    Text drawn = (Text) cell.lookup(".text");
                    out.add(new String[] {cell.getText(), drawn == null ? null : drawn.getText()});
                }
            }
            return out;
        });
    }
}
