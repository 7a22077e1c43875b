package fangrid.ui.grid;

import fangrid.analysis.GridSummary;
import fangrid.domain.Activity;
import fangrid.domain.GridCell;
import fangrid.domain.GridThresholds;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The R × F grid as a 3 × 3 heat map: rows R1 (recent) to R3 (lapsed), columns F1 to F3; each cell shows
 * customers, % of base, net sales and % of sales, and is framed in the colour of its communication activity.
 */
public final class RfGridPane extends GridPane {
    private static final int HEAT_LEVELS = 5;

    private final Messages messages;
    private final Formats formats;
    private final CellView[] cells = new CellView[9];
    private final Label[] rowHeaders = new Label[3];

    public RfGridPane(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        getStyleClass().add("rf-grid");
        setId("rfGrid");
        getColumnConstraints().add(new ColumnConstraints(92));
        for (int f = 1; f <= 3; f++) {
            Label h = header(messages.get("grid.column.f" + f));
            add(h, f, 0);
        }
        for (int r = 1; r <= 3; r++) {
            rowHeaders[r - 1] = header("");
            add(rowHeaders[r - 1], 0, r);
            for (int f = 1; f <= 3; f++) {
                GridCell cell = new GridCell(r, f);
                CellView v = new CellView(cell);
                cells[cell.index()] = v;
                add(v, f, r);
                GridPane.setHgrow(v, Priority.ALWAYS);
                GridPane.setVgrow(v, Priority.ALWAYS);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-header");
        l.setWrapText(true);
        return l;
    }

    /** Shows {@code grid}; the row headers name the recency bands of {@code thresholds}. */
    public void show(GridSummary grid, GridThresholds thresholds) {
        rowHeaders[0].setText(messages.format("grid.row.r1", thresholds.r1MaxDays()));
        rowHeaders[1].setText(messages.format("grid.row.r2", thresholds.r1MaxDays() + 1, thresholds.r2MaxDays()));
        rowHeaders[2].setText(messages.format("grid.row.r3", thresholds.r2MaxDays()));
        int max = 1;
        for (int i = 0; i < 9; i++) {
            max = Math.max(max, grid.customers()[i]);
        }
        for (CellView v : cells) {
            v.show(grid, max);
        }
    }

    /** The text a cell shows, for tests and screen readers: e.g. {@code R1F1 412}. */
    public String cellCountText(GridCell cell) {
        return cells[cell.index()].count.getText();
    }

    private final class CellView extends VBox {
        private final GridCell cell;
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label base = new Label();
        private final Label sales = new Label();
        private final Label salesShare = new Label();

        CellView(GridCell cell) {
            this.cell = cell;
            setId("cell-" + cell);
            Activity a = cell.defaultActivity();
            getStyleClass().addAll("grid-cell", "activity-" + a.number());
            setAlignment(Pos.CENTER_LEFT);
            name.setText(cell + "  " + messages.get(a.key() + ".short"));
            name.getStyleClass().add("cell-name");
            count.getStyleClass().add("cell-count");
            count.setId("count-" + cell);
            base.getStyleClass().add("cell-detail");
            sales.getStyleClass().add("cell-detail");
            salesShare.getStyleClass().add("cell-detail");
            getChildren().addAll(name, count, base, sales, salesShare);
        }

        void show(GridSummary grid, int max) {
            int n = grid.customers(cell);
            count.setText(formats.count(n));
            base.setText(messages.format("grid.cell.base", formats.percent(grid.shareOfBase(cell))));
            sales.setText(formats.money(grid.sales(cell)));
            salesShare.setText(messages.format("grid.cell.sales", formats.percent(grid.shareOfSales(cell))));
            getStyleClass().removeIf(s -> s.startsWith("heat-"));
            getStyleClass().add("heat-" + Math.round((float) HEAT_LEVELS * n / max));
            setAccessibleText(messages.format("grid.cell.accessible", cell.toString(), formats.count(n),
                    formats.percent(grid.shareOfBase(cell)), formats.money(grid.sales(cell))));
        }
    }
}
