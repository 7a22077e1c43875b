package fangrid.ui.common;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The whole window's zoom, in steps of the style sheet's {@code zoom-N} classes on the scene's root: every size in
 * the style sheet is in {@code em} of the root's font, so one class scales text, gaps and cells alike. Shortcut + / −
 * / 0 (also on the number pad, and Shortcut = for + without Shift) step it; each change is handed on to be remembered.
 * Every other window the app opens (dialogs, alerts, progress) gets the window's style sheet and the same zoom.
 */
public final class Zoom {
    /** The zoom steps in percent, each a {@code zoom-N} class of the style sheet. */
    public static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200, 250);
    /** No zoom. */
    public static final int NORMAL = 100;
    private static final String PREFIX = "zoom-";

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper();
    private final IntConsumer remember;
    private Parent root;
    private final ListChangeListener<Window> dialogs = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::applyToDialog);
        }
    };

    /** Starts at {@code percent} (the nearest step), and hands every later change to {@code remember}. */
    public Zoom(int percent, IntConsumer remember) {
        this.percent.set(nearest(percent));
        this.remember = remember;
        this.percent.addListener((o, old, now) -> {
            applyTo(root);
            Window.getWindows().forEach(this::applyToDialog);
        });
    }

    /** The zoom in percent, one of {@link #STEPS}. */
    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** Zooms {@code scene}'s root (call again when the window gets a new scene) and listens to its zoom keys. */
    public void attach(Scene scene) {
        applyTo(scene.getRoot());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        Window.getWindows().removeListener(dialogs);
        Window.getWindows().addListener(dialogs);
    }

    /** Stops zooming new dialogs (call when the app ends: the list of windows outlives the app, and would keep it). */
    public void detach() {
        Window.getWindows().removeListener(dialogs);
    }

    public void zoomIn() {
        set(STEPS.get(Math.min(STEPS.size() - 1, STEPS.indexOf(percent.get()) + 1)));
    }

    public void zoomOut() {
        set(STEPS.get(Math.max(0, STEPS.indexOf(percent.get()) - 1)));
    }

    public void reset() {
        set(NORMAL);
    }

    private void set(int step) {
        if (step != percent.get()) {
            percent.set(step);
            remember.accept(step);
        }
    }

    private void onKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS || k == KeyCode.SEMICOLON) {
            zoomIn();
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            reset();
        } else {
            return;
        }
        e.consume();
    }

    private void applyTo(Parent node) {
        root = node;
        zoom(node);
    }

    private void zoom(Parent node) {
        if (node != null) {
            node.getStyleClass().removeIf(c -> c.startsWith(PREFIX));
            node.getStyleClass().add(PREFIX + percent.get());
        }
    }

    /**
     * A dialog's window (a stage other than the main window's; menus and tooltips follow the node they belong to)
     * takes the main window's style sheet and zoom as it opens, before it is sized.
     */
    private void applyToDialog(Window w) {
        Scene main = root == null ? null : root.getScene();
        if (!(w instanceof Stage) || w.getScene() == null || main == null || w.getScene() == main) {
            return;
        }
        Scene dialog = w.getScene();
        for (String sheet : main.getStylesheets()) {
            if (!dialog.getStylesheets().contains(sheet)) {
                dialog.getStylesheets().add(sheet);
            }
        }
        zoom(dialog.getRoot());
    }

    /** The step nearest to {@code percent}: a remembered value from another version still gives a valid zoom. */
    static int nearest(int percent) {
        int best = NORMAL;
        for (int s : STEPS) {
            if (Math.abs(s - percent) < Math.abs(best - percent)) {
                best = s;
            }
        }
        return best;
    }
}
