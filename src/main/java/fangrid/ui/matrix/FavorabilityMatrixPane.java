package fangrid.ui.matrix;

import fangrid.analysis.MatrixSummary;
import fangrid.domain.CustomerGroup;
import fangrid.domain.Favorability;
import fangrid.domain.UsageLevel;
import fangrid.ui.common.CellSelection;
import fangrid.ui.common.Ems;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.FilteredView;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The favorability × usage matrix: rows usage 5 (top) to 0, columns favorability 7 to 1 and 未回答;
 * the first category (usage 5 × favorability 7–6) is highlighted. Cells are selectable and draggable.
 */
public final class FavorabilityMatrixPane extends GridPane {
    private static final int NO_ANSWER = 0;
    private static final double HEADER_MIN_WIDTH = 44;

    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private final Label[][] counts = new Label[8][6];
    private final Label[][] shares = new Label[8][6];
    private final Tooltip[][] tooltips = new Tooltip[8][6];
    private final CellSelection selection = new CellSelection();
    private FilteredView shown;
    /** Whether the cells share all the room there is (a presentation slide) rather than keep their own size. */
    private boolean filling;
    private double columnMax = 90;

    public FavorabilityMatrixPane(Messages messages, GroupLabels labels) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        getStyleClass().add("matrix");
        setId("matrix");
        // Japanese labels wrap at any character: minimum widths keep the headers readable instead of one glyph a
        // line, and a column is never narrower than its widest count (seven digits at 2 M customers).
        ColumnConstraints rowHeaders = new ColumnConstraints(88, 120, 170);
        getColumnConstraints().add(rowHeaders);
        for (int i = 0; i < 8; i++) {
            getColumnConstraints().add(new ColumnConstraints(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE, 90));
        }

        int col = 1;
        for (int fav = 7; fav >= 0; fav--, col++) {
            String text = fav == NO_ANSWER ? messages.get("matrix.noAnswer") : Favorability.ofCode(fav).label(messages.locale());
            Label h = new Label(fav == NO_ANSWER ? text : fav + " " + text);
            h.getStyleClass().add("matrix-header");
            h.setWrapText(true);
            h.setMinWidth(HEADER_MIN_WIDTH);
            h.fontProperty().addListener((o, was, font) -> h.setMinWidth(headerMinWidth(h.getText(), font)));
            h.setTooltip(new Tooltip(text));
            add(h, col, 0);
            if (col == 1) {
                // The widths above are at 100 % zoom, with headers in 10 px type; they grow with the type.
                Ems.follow(h, 10, k -> {
                    rowHeaders.setMinWidth(88 * k);
                    rowHeaders.setPrefWidth(120 * k);
                    rowHeaders.setMaxWidth(170 * k);
                    columnMax = 90 * k;
                    getColumnConstraints().stream().skip(1).forEach(c -> c.setMaxWidth(filling ? Double.MAX_VALUE : columnMax));
                });
            }
        }
        for (int usage = 5, row = 1; usage >= 0; usage--, row++) {
            Label h = new Label(usage + " " + UsageLevel.ofCode(usage).label(messages.locale()));
            h.getStyleClass().add("matrix-row-header");
            h.setWrapText(true);
            add(h, 0, row);
            col = 1;
            for (int fav = 7; fav >= 0; fav--, col++) {
                add(cell(fav, usage), col, row);
            }
        }
    }

    /**
     * On a presentation slide the matrix fills the screen: its columns and rows share the room there is, each cell as
     * large as the others; in the window each keeps the size its figures need.
     */
    public void fillSpace(boolean fill) {
        filling = fill;
        getColumnConstraints().stream().skip(1).forEach(c -> {
            c.setMaxWidth(fill ? Double.MAX_VALUE : columnMax);
            c.setHgrow(fill ? Priority.ALWAYS : null);
            c.setPercentWidth(fill ? 100.0 / 9 : -1);
        });
        getRowConstraints().clear();
        if (fill) {
            getRowConstraints().add(new RowConstraints());
            for (int row = 1; row <= 6; row++) {
                RowConstraints r = new RowConstraints();
                r.setVgrow(Priority.ALWAYS);
                getRowConstraints().add(r);
            }
        }
        double max = fill ? Double.MAX_VALUE : Region.USE_COMPUTED_SIZE;
        getChildren().stream().filter(n -> n.getStyleClass().contains("matrix-cell"))
                .forEach(n -> ((Region) n).setMaxSize(max, max));
        getChildren().stream().filter(n -> n.getStyleClass().contains("matrix-header"))
                .forEach(n -> ((Region) n).setMaxWidth(max));
    }

    /** Enough for the header to wrap between words: Japanese wraps anywhere, a Latin word does not. */
    static double headerMinWidth(String text, Font font) {
        double widest = HEADER_MIN_WIDTH;
        for (String word : text.split("[^A-Za-z'’-]+")) {
            Text t = new Text(word);
            t.setFont(font);
            widest = Math.max(widest, Math.ceil(t.getLayoutBounds().getWidth()) + 1);
        }
        return widest;
    }

    private VBox cell(int fav, int usage) {
        Label count = new Label();
        count.getStyleClass().add("matrix-count");
        count.setId("matrix-u" + usage + "-f" + fav);
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label share = new Label();
        share.getStyleClass().add("matrix-share");
        counts[fav][usage] = count;
        shares[fav][usage] = share;
        tooltips[fav][usage] = new Tooltip();
        VBox box = new VBox(count, share);
        box.setId("matrix-cell-u" + usage + "-f" + fav);
        box.getStyleClass().add("matrix-cell");
        CustomerGroup.Matrix g = new CustomerGroup.Matrix(fav, usage);
        if (g.firstCategory()) {
            box.getStyleClass().add("first-category");
        } else if (fav == NO_ANSWER) {
            box.getStyleClass().add("no-answer");
        }
        selection.register(g, box, 5 - usage, 7 - fav);
        GroupDrag.source(box, () -> payload(selection.carried(g)), messages, formats);
        return box;
    }

    /**
     * Shows a view's matrix: counts and % of the people shown, the whole base or, filtered, the group (whose cells
     * then say their share of the whole base on hover).
     */
    public void show(FilteredView view) {
        shown = view;
        MatrixSummary m = view.summary().matrix();
        for (int fav = 0; fav <= 7; fav++) {
            for (int usage = 0; usage <= 5; usage++) {
                int n = m.count(fav, usage);
                counts[fav][usage].setText(formats.count(n));
                shares[fav][usage].setText(formats.percent(m.shareOfGroup(fav, usage)));
                Node box = counts[fav][usage].getParent();
                if (view.everyone()) {
                    Tooltip.uninstall(box, tooltips[fav][usage]);
                } else {
                    tooltips[fav][usage].setText(messages.format("matrix.cell.shares", formats.count(n),
                            formats.percent(m.shareOfGroup(fav, usage)), formats.percent(m.shareOfBase(fav, usage))));
                    Tooltip.install(box, tooltips[fav][usage]);
                }
                counts[fav][usage].getParent().setAccessibleText(messages.format("matrix.cell.accessible",
                        labels.label(new CustomerGroup.Matrix(fav, usage)), formats.count(n)));
            }
        }
    }

    /** The selected cells. */
    public CellSelection selection() {
        return selection;
    }

    /** What carrying {@code groups} from this view means: those cells of the customers the matrix shows. */
    public GroupDrag.Payload payload(List<CustomerGroup> groups) {
        return GroupDrag.payload(shown, groups, g -> {
            CustomerGroup.Matrix m = (CustomerGroup.Matrix) g;
            return shown.summary().matrix().count(m.favorability(), m.usage());
        }, labels);
    }
}
