package fangrid.ui.migration;

import fangrid.analysis.MigrationSnapshots;
import fangrid.domain.MigrationAxis;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TypeScaledCanvas;
import java.time.format.DateTimeFormatter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Small multiples: one small bar chart per state (not "not yet a customer"), its customers at each month end, oldest
 * left; each panel on its own scale, titled with the state and its latest count and change over the period.
 */
public final class SnapshotsChart extends Region {
    private static final Font TITLE = Font.font("IPAexGothic", 11);
    private static final Font SMALL = Font.font("IPAexGothic", 9);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yy/MM");

    private final TypeScaledCanvas canvas = new TypeScaledCanvas(this::draw);
    private final Formats formats;
    private final GroupLabels labels;
    private MigrationSnapshots shown;

    public SnapshotsChart(Messages messages, GroupLabels labels) {
        this.labels = labels;
        this.formats = new Formats(messages.locale());
        getChildren().addAll(canvas.nodes());
        setMinSize(300, 150);
        setPrefSize(700, 220);
        getStyleClass().add("migration-snapshots");
        setAccessibleText(messages.get("migration.snapshots.title"));
    }

    /** Draws {@code s} (null: nothing). */
    public void show(MigrationSnapshots s) {
        shown = s;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.resize(getWidth(), getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.clear();
        double w = canvas.width();
        double h = canvas.height();
        if (shown == null || w < 100 || h < 60) {
            return;
        }
        int panels = shown.states().size() - 1;
        int columns = (int) Math.ceil(panels / 2.0);
        int rows = (panels + columns - 1) / columns;
        double pw = w / columns;
        double ph = h / rows;
        for (int p = 0; p < panels; p++) {
            panel(g, p + 1, (p % columns) * pw, (p / columns) * ph, pw - 8, ph - 6);
        }
    }

    private void panel(GraphicsContext g, int state, double x, double y, double w, double h) {
        int dates = shown.dates().size();
        int max = 1;
        for (int d = 0; d < dates; d++) {
            max = Math.max(max, shown.count(state, d));
        }
        String name = shown.states().get(state);
        int last = shown.count(state, dates - 1);
        int change = last - shown.count(state, 0);
        g.setFont(TITLE);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.web("#1f2933"));
        g.fillText(labels.state(name) + "  " + formats.count(last) + " (" + (change >= 0 ? "+" : "−")
                + formats.count(Math.abs(change)) + ")", x, y, w);
        double top = y + 16;
        double bottom = y + h - 12;
        double bar = w / dates;
        g.setFill(name.equals(MigrationAxis.NO_PURCHASE) ? Color.web("#8e9aaf") : StateColors.of(name));
        for (int d = 0; d < dates; d++) {
            double bh = (bottom - top) * shown.count(state, d) / max;
            g.fillRect(x + d * bar + 1, bottom - bh, Math.max(bar - 2, 1), bh);
        }
        g.setFill(Color.web("#6b7685"));
        g.setFont(SMALL);
        g.fillText(shown.dates().get(0).format(MONTH), x, bottom + 1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(shown.dates().get(dates - 1).format(MONTH), x + w, bottom + 1);
    }
}
