package fangrid.ui.cpm;

import fangrid.analysis.PortfolioSummary;
import fangrid.domain.CpmCell;
import fangrid.domain.CpmRules;
import fangrid.domain.CpmStage;
import fangrid.domain.CustomerGroup;
import fangrid.ui.common.CellSelection;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * CPM's ten cells as a heat map like the R × F grid: columns 初回 … 優良 with their rules, rows 現役 and 離脱; each cell
 * shows customers, % of base (or of the group), net sales and % of sales. Cells are selectable and draggable.
 */
public final class CpmPane extends GridPane {
    private static final int HEAT_LEVELS = 5;

    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private final CellView[] cells = new CellView[CpmCell.COUNT];
    private final Label[] columnHeaders = new Label[CpmStage.values().length];
    private final Label[] rowHeaders = new Label[2];
    private final CellSelection selection = new CellSelection();
    private FilteredView shown;

    public CpmPane(Messages messages, GroupLabels labels) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        getStyleClass().addAll("rf-grid", "cpm-grid");
        setId("cpmGrid");
        getColumnConstraints().add(new ColumnConstraints(80));
        for (CpmStage stage : CpmStage.values()) {
            columnHeaders[stage.ordinal()] = header();
            add(columnHeaders[stage.ordinal()], stage.ordinal() + 1, 0);
        }
        for (int row = 0; row < 2; row++) {
            rowHeaders[row] = header();
            add(rowHeaders[row], 0, row + 1);
            for (CpmStage stage : CpmStage.values()) {
                CpmCell cell = new CpmCell(stage, row == 1);
                CellView v = new CellView(cell);
                cells[cell.index()] = v;
                add(v, stage.ordinal() + 1, row + 1);
                GridPane.setHgrow(v, Priority.ALWAYS);
                GridPane.setVgrow(v, Priority.ALWAYS);
                CustomerGroup g = new CustomerGroup.Cpm(cell);
                selection.register(g, v, row + 1, stage.ordinal() + 1);
                GroupDrag.source(v, () -> payload(selection.carried(g)), messages, formats);
            }
        }
    }

    private static Label header() {
        Label l = new Label();
        l.getStyleClass().add("grid-header");
        l.setWrapText(true);
        return l;
    }

    /** Shows a view's CPM cells; the headers say the rules in use. */
    public void show(FilteredView view) {
        shown = view;
        CpmRules rules = view.analysis().settings().cpm();
        String amount = formats.money(rules.amount());
        columnHeaders[CpmStage.FIRST.ordinal()].setText(messages.format("cpm.column.first",
                CpmStage.FIRST.label(messages.locale())));
        columnHeaders[CpmStage.BUDDING.ordinal()].setText(messages.format("cpm.column.budding",
                CpmStage.BUDDING.label(messages.locale()), rules.steadyTenureDays()));
        columnHeaders[CpmStage.STEADY.ordinal()].setText(messages.format("cpm.column.steady",
                CpmStage.STEADY.label(messages.locale()), rules.steadyTenureDays(), amount));
        columnHeaders[CpmStage.TRENDY.ordinal()].setText(messages.format("cpm.column.trendy",
                CpmStage.TRENDY.label(messages.locale()), rules.steadyTenureDays(), rules.loyalTenureDays() - 1, amount));
        columnHeaders[CpmStage.LOYAL.ordinal()].setText(messages.format("cpm.column.loyal",
                CpmStage.LOYAL.label(messages.locale()), rules.loyalTenureDays(), amount));
        rowHeaders[0].setText(messages.format("cpm.row.active", rules.lapsedDays()));
        rowHeaders[1].setText(messages.format("cpm.row.lapsed", rules.lapsedDays()));
        PortfolioSummary p = view.summary().portfolio();
        int max = 1;
        for (int c : p.cpmCustomers()) {
            max = Math.max(max, c);
        }
        for (CellView v : cells) {
            v.show(p, view.everyone(), max);
        }
    }

    /** The selected cells. */
    public CellSelection selection() {
        return selection;
    }

    /** What carrying {@code groups} from this view means: those cells of the customers it shows. */
    public GroupDrag.Payload payload(List<CustomerGroup> groups) {
        return GroupDrag.payload(shown, groups,
                g -> shown.summary().portfolio().customers(((CustomerGroup.Cpm) g).cell()), labels);
    }

    /** The count a cell shows, for tests and screen readers. */
    public String cellCountText(CpmCell cell) {
        return cells[cell.index()].count.getText();
    }

    private final class CellView extends VBox {
        private final CpmCell cell;
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label share = new Label();
        private final Label sales = new Label();
        private final Label salesShare = new Label();
        private final Tooltip baseShare = new Tooltip();

        CellView(CpmCell cell) {
            this.cell = cell;
            setId("cpm-" + cell.id());
            getStyleClass().addAll("grid-cell", "cpm-cell");
            setAlignment(Pos.CENTER_LEFT);
            name.getStyleClass().add("cell-name");
            count.getStyleClass().add("cell-count");
            count.setId("cpm-count-" + cell.id());
            share.getStyleClass().add("cell-detail");
            sales.getStyleClass().add("cell-detail");
            salesShare.getStyleClass().add("cell-detail");
            for (Label l : new Label[] {count, share, sales, salesShare}) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            name.setText(cell.label(messages.locale()));
            HBox people = new HBox(4, count, share);
            people.setAlignment(Pos.BASELINE_LEFT);
            HBox money = new HBox(4, sales, salesShare);
            money.setAlignment(Pos.BASELINE_LEFT);
            getChildren().addAll(name, people, money);
        }

        void show(PortfolioSummary p, boolean everyone, int max) {
            int n = p.customers(cell);
            count.setText(formats.count(n));
            share.setText(everyone ? messages.format("grid.cell.base", formats.percent(p.shareOfBase(cell)))
                    : messages.format("grid.cell.group", formats.percent(p.shareOfGroup(cell))));
            if (everyone) {
                Tooltip.uninstall(this, baseShare);
            } else {
                baseShare.setText(messages.format("cpm.cell.baseShare", formats.percent(p.shareOfBase(cell))));
                Tooltip.install(this, baseShare);
            }
            sales.setText(formats.money(p.sales(cell)));
            salesShare.setText(messages.format("grid.cell.sales", formats.percent(p.shareOfSales(cell))));
            getStyleClass().removeIf(s -> s.startsWith("heat-"));
            getStyleClass().add("heat-" + Math.round((float) HEAT_LEVELS * n / max));
            setAccessibleText(messages.format("grid.cell.accessible", cell.label(messages.locale()), formats.count(n),
                    formats.percent(p.shareOfBase(cell)), formats.money(p.sales(cell))));
        }
    }
}
