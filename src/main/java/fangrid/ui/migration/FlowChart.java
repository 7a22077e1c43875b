package fangrid.ui.migration;

import fangrid.analysis.Migration;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TypeScaledCanvas;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The migration as an alluvial (Sankey) chart: the states at the earlier date on the left, at the later date on the
 * right, each a bar as tall as its customers, joined by bands as wide as the customers who moved between them.
 * Drawn on a canvas (JFreeChart has no Sankey plot) in the app's font; states too small to label are left bare.
 */
public final class FlowChart extends Region {
    private static final double NODE_WIDTH = 12;
    private static final double MAX_GAP = 5;
    private static final double TOP = 22;
    private static final Font FONT = Font.font("IPAexGothic", 11);

    private final TypeScaledCanvas canvas = new TypeScaledCanvas(this::draw);
    private final Formats formats;
    private final GroupLabels labels;
    private final Messages messages;
    private Migration shown;

    public FlowChart(Messages messages, GroupLabels labels) {
        this.messages = messages;
        this.labels = labels;
        this.formats = new Formats(messages.locale());
        getChildren().addAll(canvas.nodes());
        setMinSize(280, 200);
        setPrefSize(460, 320);
        getStyleClass().add("migration-flow");
        setAccessibleText(messages.get("migration.flow.title"));
    }

    /** Draws {@code m} (null: nothing). */
    public void show(Migration m) {
        shown = m;
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
        if (shown == null || shown.base() == 0 || w < 100 || h < 60) {
            return;
        }
        List<String> states = shown.states();
        int n = states.size();
        double labelWidth = Math.min(150, w * 0.28);
        double left = labelWidth;
        double right = w - labelWidth - NODE_WIDTH;
        double gap = Math.min(MAX_GAP, h / 80);
        double usable = h - TOP - 4 - gap * (n - 1);
        double scale = usable / shown.base();
        double[] leftY = new double[n];
        double[] rightY = new double[n];
        double y = TOP;
        for (int a = 0; a < n; a++) {
            leftY[a] = y;
            y += shown.rowTotal(a) * scale + (shown.rowTotal(a) > 0 ? gap : 0);
        }
        y = TOP;
        for (int b = 0; b < n; b++) {
            rightY[b] = y;
            y += shown.columnTotal(b) * scale + (shown.columnTotal(b) > 0 ? gap : 0);
        }
        g.setFont(FONT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(Color.web("#3e4c59"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(messages.format("migration.flow.date", shown.from().toString()), 4, 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(messages.format("migration.flow.date", shown.to().toString()), w - 4, 2);
        bands(g, left + NODE_WIDTH, right, leftY.clone(), rightY.clone(), scale);
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < n; s++) {
            node(g, states.get(s), left, leftY[s], shown.rowTotal(s) * scale, shown.rowTotal(s), true);
            node(g, states.get(s), right, rightY[s], shown.columnTotal(s) * scale, shown.columnTotal(s), false);
        }
    }

    /** One band per cell with customers, leaving its row's bar and entering its column's in state order. */
    private void bands(GraphicsContext g, double x0, double x1, double[] leftY, double[] rightY, double scale) {
        int n = shown.states().size();
        double mid = (x0 + x1) / 2;
        for (int a = 0; a < n; a++) {
            Color c = StateColors.of(shown.states().get(a));
            for (int b = 0; b < n; b++) {
                double t = shown.customers(a, b) * scale;
                if (t <= 0) {
                    continue;
                }
                g.setFill(c.deriveColor(0, 1, 1, a == b ? 0.22 : 0.45));
                g.beginPath();
                g.moveTo(x0, leftY[a]);
                g.bezierCurveTo(mid, leftY[a], mid, rightY[b], x1, rightY[b]);
                g.lineTo(x1, rightY[b] + t);
                g.bezierCurveTo(mid, rightY[b] + t, mid, leftY[a] + t, x0, leftY[a] + t);
                g.closePath();
                g.fill();
                leftY[a] += t;
                rightY[b] += t;
            }
        }
    }

    private void node(GraphicsContext g, String state, double x, double y, double height, int customers, boolean left) {
        if (customers == 0) {
            return;
        }
        g.setFill(StateColors.of(state));
        g.fillRect(x, y, NODE_WIDTH, Math.max(height, 1));
        if (height < 8) {
            return;
        }
        g.setFill(Color.web("#1f2933"));
        String text = labels.state(state) + "  " + formats.count(customers);
        if (left) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(text, x - 4, y + height / 2, x - 8);
        } else {
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text, x + NODE_WIDTH + 4, y + height / 2, canvas.width() - x - NODE_WIDTH - 8);
        }
    }
}
