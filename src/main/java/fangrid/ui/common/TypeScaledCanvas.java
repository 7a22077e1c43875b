package fangrid.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;

/**
 * A canvas drawn at the style sheet's type size where it sits. A canvas gets no font from CSS, so the zoom and
 * presentation mode's large type reach it through a hidden text node beside it: the owner draws in units of the type
 * at 100 % ({@link #width()}, {@link #height()}), which {@link #clear()} scales, so text, gaps and bars grow alike.
 */
public final class TypeScaledCanvas {
    /** The root's font size at 100 % zoom (the style sheet's {@code .root}). */
    static final double NORMAL = 13;

    private final Canvas canvas = new Canvas();
    private final Text probe = new Text();

    /** Calls {@code redraw} whenever the type size where the canvas sits changes. */
    public TypeScaledCanvas(Runnable redraw) {
        probe.setManaged(false);
        probe.setVisible(false);
        probe.fontProperty().addListener((o, old, now) -> redraw.run());
    }

    /** The nodes to add to the owner, the canvas first. */
    public List<Node> nodes() {
        return List.of(canvas, probe);
    }

    /** Sizes the canvas to the owner's pixels. */
    public void resize(double width, double height) {
        canvas.setWidth(width);
        canvas.setHeight(height);
    }

    /** Clears the canvas and gives its graphics, scaled from type units to pixels. */
    public GraphicsContext clear() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.scale(scale(), scale());
        return g;
    }

    /** The canvas's width in type units. */
    public double width() {
        return canvas.getWidth() / scale();
    }

    /** The canvas's height in type units. */
    public double height() {
        return canvas.getHeight() / scale();
    }

    /** The type size here against 100 % zoom outside presentation mode. */
    private double scale() {
        return probe.getFont().getSize() / NORMAL;
    }
}
