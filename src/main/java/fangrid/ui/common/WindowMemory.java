package fangrid.ui.common;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where {@link WindowPlacement} says when it opens, and tells where it was when the app
 * ends: its last bounds while neither maximized nor minimized, and whether it was maximized.
 */
public final class WindowMemory {
    private final Stage stage;
    private final Consumer<Map<String, String>> remember;
    private final InvalidationListener tracker = o -> track();
    private Rectangle2D normal;

    /**
     * Places {@code stage}: the placement {@code remembered} holds for a screen of the same size, else
     * {@code width × height} centred; never larger than the screen's visible bounds, nor its minimum size.
     * {@link #save()} hands what to remember to {@code remember}.
     */
    public WindowMemory(Stage stage, Function<String, String> remembered, Consumer<Map<String, String>> remember,
                        double width, double height, double minWidth, double minHeight) {
        this.stage = stage;
        this.remember = remember;
        WindowPlacement.Placement p = WindowPlacement.opening(displays(), remembered, width, height);
        Rectangle2D b = p.bounds();
        // A screen smaller than the usual minimum (a netbook's 1024 × 600) still gets the whole window on it.
        stage.setMinWidth(Math.min(minWidth, b.getWidth()));
        stage.setMinHeight(Math.min(minHeight, b.getHeight()));
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.setMaximized(p.maximized());
        normal = b;
        for (ReadOnlyDoubleProperty edge : edges()) {
            edge.addListener(tracker);
        }
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private List<ReadOnlyDoubleProperty> edges() {
        return List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty());
    }

    /**
     * Hands the window's placement to be remembered and stops following the window (call when the app ends): the
     * stage may outlive the app, and its listeners would keep the whole app alive.
     */
    public void close() {
        for (ReadOnlyDoubleProperty edge : edges()) {
            edge.removeListener(tracker);
        }
        remember.accept(WindowPlacement.remembering(normal, stage.isMaximized(), displays()));
    }

    private static List<WindowPlacement.Display> displays() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream()
                .sorted((a, b) -> Boolean.compare(b.equals(primary), a.equals(primary)))
                .map(s -> new WindowPlacement.Display(s.getBounds(), s.getVisualBounds()))
                .toList();
    }
}
