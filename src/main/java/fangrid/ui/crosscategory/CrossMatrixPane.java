package fangrid.ui.crosscategory;

import fangrid.analysis.CategoryCrossing;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.ui.common.CellSelection;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.GroupSource;
import fangrid.ui.common.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The cross-category matrix: one row and one column per category; a cell shows how many customers of the row's
 * category are also in the column's (bought there too, or lapsed there while active in the row's) and their share of
 * the row's buyers. Cells are selectable and draggable like the grid's: each is a {@link CustomerGroup.Cross}.
 */
public final class CrossMatrixPane extends GridPane implements GroupSource {
    /** Names longer than this are cut in headers (the tooltip has them whole). */
    private static final int HEADER_CHARACTERS = 24;

    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private final Consumer<CustomerGroup.Cross> hold;
    private CellSelection selection = new CellSelection();
    private CategoryCrossing shown;
    private boolean lapsed;

    /** {@code hold} is told of each group carried, so that the views can select its people. */
    public CrossMatrixPane(Messages messages, GroupLabels labels, Consumer<CustomerGroup.Cross> hold) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        this.hold = hold;
        getStyleClass().add("cross-matrix");
        setId("crossMatrix");
    }

    /** Shows {@code x}'s co-purchase counts, or with {@code activeLapsed} its active-in-row, lapsed-in-column ones. */
    public void show(CategoryCrossing x, boolean activeLapsed) {
        shown = x;
        lapsed = activeLapsed;
        getChildren().clear();
        selection = new CellSelection();
        if (x == null) {
            return;
        }
        List<String> names = x.categories();
        Label corner = new Label(messages.get(activeLapsed ? "cross.corner.lapsed" : "cross.corner"));
        corner.getStyleClass().add("cross-corner");
        corner.setWrapText(true);
        add(corner, 0, 0);
        for (int b = 0; b < names.size(); b++) {
            add(header(names.get(b), x.buyers(b), "cross-column-header"), b + 1, 0);
        }
        for (int a = 0; a < names.size(); a++) {
            add(header(names.get(a), x.buyers(a), "cross-row-header"), 0, a + 1);
            for (int b = 0; b < names.size(); b++) {
                if (activeLapsed && a == b) {
                    Label none = new Label("—");
                    none.getStyleClass().addAll("cross-cell", "diagonal");
                    add(none, b + 1, a + 1);
                    continue;
                }
                CustomerGroup.Cross g = x.group(a, b, activeLapsed);
                VBox cell = cell(g, count(a, b), x.buyers(a), a == b);
                // by position: a category's name may hold any character
                cell.setId("cross-cell-" + a + "-" + b);
                add(cell, b + 1, a + 1);
                selection.register(g, cell, a + 1, b + 1);
                GroupDrag.source(cell, () -> payload(selection.carried(g)), messages, formats);
            }
        }
    }

    private int count(int a, int b) {
        return lapsed ? shown.activeLapsed(a, b) : shown.both(a, b);
    }

    private Label header(String name, int buyers, String style) {
        String shownName = name(name);
        String cut = shownName.length() > HEADER_CHARACTERS ? shownName.substring(0, HEADER_CHARACTERS - 1) + "…"
                : shownName;
        Label l = new Label(cut + "\n" + formats.count(buyers));
        l.getStyleClass().add(style);
        l.setWrapText(true);
        Tooltip.install(l, new Tooltip(messages.format("cross.header.tooltip", shownName, formats.count(buyers))));
        return l;
    }

    private String name(String category) {
        return category.equals(AnalysisSettings.UNCATEGORISED) ? messages.get("category.uncategorised") : category;
    }

    private VBox cell(CustomerGroup.Cross g, int n, int rowBuyers, boolean diagonal) {
        Label count = new Label(n == 0 ? "·" : formats.count(n));
        count.getStyleClass().add("cross-count");
        VBox cell = new VBox(count);
        double share = rowBuyers == 0 ? Double.NaN : (double) n / rowBuyers;
        if (n > 0) {
            Label detail = new Label(formats.percent(share));
            detail.getStyleClass().add("cross-share");
            cell.getChildren().add(detail);
        }
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().addAll("cross-cell", diagonal ? "diagonal" : n == 0 ? "empty" : "crossed");
        String text = messages.format("cross.cell.accessible", labels.label(g), formats.count(n),
                Double.isNaN(share) ? "–" : formats.percent(share));
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
            CustomerGroup.Cross x = (CustomerGroup.Cross) g;
            hold.accept(x);
            count += count(shown.categories().indexOf(x.a()), shown.categories().indexOf(x.b()));
        }
        CustomerFilter f = CustomerFilter.of(groups);
        // cells of one row or column overlap: their sum would count some people twice
        return new GroupDrag.Payload(f, labels.label(f), groups.size() == 1 ? count : GroupDrag.UNKNOWN_COUNT);
    }
}
