package fangrid.ui.migration;

import fangrid.analysis.Migration;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.ui.common.CellSelection;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.GroupSource;
import fangrid.ui.common.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The transition matrix: one row per state at the earlier date, one column per state at the later date (not "not yet
 * a customer", which nobody becomes); each cell shows its customers, % of its row and net sales between the dates.
 * Cells are selectable and draggable like the grid's: each is a {@link CustomerGroup.Transition}.
 */
public final class MigrationMatrixPane extends GridPane implements GroupSource {
    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private CellSelection selection = new CellSelection();
    private Migration shown;

    public MigrationMatrixPane(Messages messages, GroupLabels labels) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        getStyleClass().add("migration-matrix");
        setId("migrationMatrix");
    }

    /** Shows {@code m}'s cells; a new selection starts. */
    public void show(Migration m) {
        shown = m;
        getChildren().clear();
        selection = new CellSelection();
        List<String> states = m.states();
        Label corner = new Label(messages.get("migration.matrix.corner"));
        corner.getStyleClass().add("migration-corner");
        corner.setWrapText(true);
        add(corner, 0, 0);
        for (int b = 1; b < states.size(); b++) {
            add(header(labels.state(states.get(b)), m.columnTotal(b), "migration-column-header"), b, 0);
        }
        for (int a = 0; a < states.size(); a++) {
            add(header(labels.state(states.get(a)), m.rowTotal(a), "migration-row-header"), 0, a + 1);
            for (int b = 1; b < states.size(); b++) {
                VBox cell = cell(m, a, b);
                add(cell, b, a + 1);
                CustomerGroup.Transition g = m.group(a, b);
                selection.register(g, cell, a + 1, b);
                GroupDrag.source(cell, () -> payload(selection.carried(g)), messages, formats);
            }
        }
    }

    private Label header(String state, int total, String style) {
        Label l = new Label(state + "\n" + formats.count(total));
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private VBox cell(Migration m, int a, int b) {
        int n = m.customers(a, b);
        Label count = new Label(n == 0 ? "·" : formats.count(n));
        count.getStyleClass().add("migration-count");
        double share = m.shareOfRow(a, b);
        VBox cell = new VBox(count);
        if (n > 0) {
            Label detail = new Label(formats.percent(share));
            detail.getStyleClass().add("migration-share");
            cell.getChildren().add(detail);
        }
        if (n > 0 && m.netSales(a, b) != 0) {
            Label sales = new Label(formats.money(m.netSales(a, b)));
            sales.getStyleClass().add("migration-share");
            cell.getChildren().add(sales);
        }
        cell.setAlignment(Pos.CENTER);
        cell.setId("migration-cell-" + m.states().get(a) + "-" + m.states().get(b));
        cell.getStyleClass().addAll("migration-cell", a == b ? "stayed" : n == 0 ? "empty" : "moved");
        String text = messages.format("migration.cell.accessible", labels.label(m.group(a, b)), formats.count(n),
                Double.isNaN(share) ? "–" : formats.percent(share), formats.money(m.netSales(a, b)));
        cell.setAccessibleText(text);
        Tooltip.install(cell, new Tooltip(text));
        return cell;
    }

    /** The selected cells. */
    public CellSelection selection() {
        return selection;
    }

    @Override
    public GroupDrag.Payload selectedPayload() {
        return payload(selection.selectedInOrder());
    }

    /** What carrying {@code groups} means: those customers, counted as the matrix shows them. */
    private GroupDrag.Payload payload(List<CustomerGroup> groups) {
        if (shown == null || groups.isEmpty()) {
            return null;
        }
        long count = 0;
        for (CustomerGroup g : groups) {
            CustomerGroup.Transition t = (CustomerGroup.Transition) g;
            count += shown.customers(shown.states().indexOf(t.from()), shown.states().indexOf(t.to()));
        }
        CustomerFilter f = CustomerFilter.of(groups);
        return new GroupDrag.Payload(f, labels.label(f), count);
    }
}
