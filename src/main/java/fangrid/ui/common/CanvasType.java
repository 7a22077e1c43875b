package fangrid.ui.common;

import javafx.scene.Node;
import javafx.scene.text.Text;

/**
 * The style sheet's type size where a canvas is drawn. A canvas gets no font from CSS, so the zoom and presentation
 * mode's large type reach it through a hidden text node beside it: {@link #scale()} is that node's font size against
 * the root's at 100 %, and the owner draws in coordinates scaled by it (text, gaps and bars grow alike).
 */
public final class CanvasType {
    /** The root's font size at 100 % zoom (the style sheet's {@code .root}). */
    static final double NORMAL = 13;

    private final Text probe = new Text();

    /** Calls {@code redraw} whenever the type size where the probe sits changes. */
    public CanvasType(Runnable redraw) {
        probe.setManaged(false);
        probe.setVisible(false);
        probe.fontProperty().addListener((o, old, now) -> redraw.run());
    }

    /** The node to add beside the canvas. */
    public Node probe() {
        return probe;
    }

    /** The type size here against 100 % zoom outside presentation mode. */
    public double scale() {
        return probe.getFont().getSize() / NORMAL;
    }
}
