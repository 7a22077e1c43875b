package fangrid.ui.grid;

import fangrid.analysis.GridSummary;
import fangrid.domain.Activity;
import fangrid.domain.ActivityMapping;
import fangrid.domain.CustomerGroup;
import fangrid.domain.GridCell;
import fangrid.domain.GridThresholds;
import fangrid.ui.common.CellSelection;
import fangrid.ui.common.Ems;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.FilteredView;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The R × F grid as a 3 × 3 heat map: rows R1 (recent) to R3 (lapsed), columns F1 to F3; each cell shows
 * customers, % of base, net sales and % of sales, and is framed and labelled with its communication activity.
 * Cells are selectable and draggable ({@link CellSelection}, {@link GroupDrag}).
 */
public final class RfGridPane extends GridPane {
    private static final int HEAT_LEVELS = 5;

    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private final CellView[] cells = new CellView[9];
    private final Label[] rowHeaders = new Label[3];
    private final CellSelection selection = new CellSelection();
    private FilteredView shown;

    /** The row headers' width and font size at 100 % zoom (the style sheet's {@code .grid-header}). */
    private static final double ROW_HEADER_WIDTH = 70;
    private static final double HEADER_FONT = 12;

    public RfGridPane(Messages messages, GroupLabels labels) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        getStyleClass().add("rf-grid");
        setId("rfGrid");
        ColumnConstraints rowHeaderColumn = new ColumnConstraints(ROW_HEADER_WIDTH);
        getColumnConstraints().add(rowHeaderColumn);
        for (int f = 1; f <= 3; f++) {
            add(header(messages.get("grid.column.f" + f)), f, 0);
        }
        for (int r = 1; r <= 3; r++) {
            rowHeaders[r - 1] = header("");
            add(rowHeaders[r - 1], 0, r);
            if (r == 1) {
                Ems.follow(rowHeaders[0], HEADER_FONT, k -> rowHeaderColumn.setPrefWidth(ROW_HEADER_WIDTH * k));
            }
            for (int f = 1; f <= 3; f++) {
                GridCell cell = new GridCell(r, f);
                CellView v = new CellView(cell);
                cells[cell.index()] = v;
                add(v, f, r);
                GridPane.setHgrow(v, Priority.ALWAYS);
                GridPane.setVgrow(v, Priority.ALWAYS);
                CustomerGroup g = new CustomerGroup.Grid(cell);
                selection.register(g, v, r, f);
                GroupDrag.source(v, () -> payload(selection.carried(g)), messages, formats);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-header");
        l.setWrapText(true);
        return l;
    }

    /** Shows a view's grid; the row headers name the recency bands, the cells their activity. */
    public void show(FilteredView view) {
        shown = view;
        GridThresholds thresholds = view.analysis().thresholds();
        rowHeaders[0].setText(messages.format("grid.row.r1", thresholds.r1MaxDays()));
        rowHeaders[1].setText(messages.format("grid.row.r2", thresholds.r1MaxDays() + 1, thresholds.r2MaxDays()));
        rowHeaders[2].setText(messages.format("grid.row.r3", thresholds.r2MaxDays()));
        GridSummary grid = view.summary().grid();
        int max = 1;
        for (int i = 0; i < 9; i++) {
            max = Math.max(max, grid.customers()[i]);
        }
        ActivityMapping activities = view.analysis().settings().activities();
        for (CellView v : cells) {
            v.show(grid, view.everyone(), max, activities.activityOf(v.cell));
        }
    }

    /** The selected cells. */
    public CellSelection selection() {
        return selection;
    }

    /** What carrying {@code groups} from this view means: those cells of the customers the grid shows. */
    public GroupDrag.Payload payload(List<CustomerGroup> groups) {
        return GroupDrag.payload(shown, groups, g -> shown.summary().grid().customers(((CustomerGroup.Grid) g).cell()),
                labels);
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
        private final Tooltip shares = new Tooltip();

        CellView(GridCell cell) {
            this.cell = cell;
            setId("cell-" + cell);
            getStyleClass().add("grid-cell");
            setAlignment(Pos.CENTER_LEFT);
            name.getStyleClass().add("cell-name");
            count.getStyleClass().add("cell-count");
            count.setId("count-" + cell);
            base.getStyleClass().add("cell-detail");
            sales.getStyleClass().add("cell-detail");
            salesShare.getStyleClass().add("cell-detail");
            // The figures never shrink to "…": the cells grow instead (the grid scrolls in a small window).
            for (Label l : new Label[] {count, base, sales, salesShare}) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox people = new HBox(4, count, base);
            people.setAlignment(Pos.BASELINE_LEFT);
            HBox money = new HBox(4, sales, salesShare);
            money.setAlignment(Pos.BASELINE_LEFT);
            getChildren().addAll(name, people, money);
        }

        /** Everyone: % of the base; a filtered group: % of the group, and the base's shares on hover. */
        void show(GridSummary grid, boolean everyone, int max, Activity activity) {
            int n = grid.customers(cell);
            name.setText(cell + "  " + activity.number() + ". " + messages.get(activity.key() + ".short"));
            count.setText(formats.count(n));
            base.setText(everyone ? messages.format("grid.cell.base", formats.percent(grid.shareOfBase(cell)))
                    : messages.format("grid.cell.group", formats.percent(grid.shareOfGroup(cell))));
            if (everyone) {
                Tooltip.uninstall(this, shares);
            } else {
                shares.setText(messages.format("grid.cell.shares", formats.percent(grid.shareOfBase(cell)),
                        formats.percent(grid.shareOfBaseSales(cell))));
                Tooltip.install(this, shares);
            }
            sales.setText(formats.money(grid.sales(cell)));
            salesShare.setText(messages.format("grid.cell.sales", formats.percent(grid.shareOfSales(cell))));
            getStyleClass().removeIf(s -> s.startsWith("heat-") || s.startsWith("activity-"));
            getStyleClass().addAll("heat-" + Math.round((float) HEAT_LEVELS * n / max), "activity-" + activity.number());
            setAccessibleText(messages.format("grid.cell.accessible", cell.toString(), formats.count(n),
                    formats.percent(grid.shareOfBase(cell)), formats.money(grid.sales(cell))));
        }
    }
}
