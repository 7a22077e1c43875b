package fangrid.ui.common;

import java.util.function.DoubleConsumer;
import javafx.scene.control.Labeled;

/**
 * Sizes that only code can set (a grid's column widths) following the zoom as the style sheet's {@code em} sizes do:
 * by how much larger a label's font is than at 100 %.
 */
public final class Ems {
    private Ems() {
    }

    /**
     * Gives {@code apply} the factor by which {@code reference}'s font is larger than {@code normalPx} (its size at
     * 100 % zoom), now and whenever the font changes (zoom, presentation mode).
     */
    public static void follow(Labeled reference, double normalPx, DoubleConsumer apply) {
        apply.accept(reference.getFont().getSize() / normalPx);
        reference.fontProperty().addListener((o, old, font) -> apply.accept(font.getSize() / normalPx));
    }
}
