package fangrid.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens, and what is remembered of it: a window always fits into a screen's visible bounds
 * (the screen less task bars and panels); the size and position a window had on a screen of some size are restored
 * when a screen of that size is there again (a laptop's own screen, a projector), relative to that screen, so
 * that screens arranged differently today still get the window on them. Plain geometry, no window needed.
 */
public final class WindowPlacement {
    /** The setting that names the screen size the window was last closed on. */
    public static final String LAST_SCREEN = "last";

    /** A screen: its whole bounds and the part windows may use. */
    public record Display(Rectangle2D bounds, Rectangle2D visible) {
        /** The key a placement on this screen is remembered under: its size, e.g. {@code 1366x768}. */
        public String key() {
            return Math.round(bounds.getWidth()) + "x" + Math.round(bounds.getHeight());
        }
    }

    /** Where a window goes: its bounds (in screen coordinates) and whether it is maximized. */
    public record Placement(Rectangle2D bounds, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /**
     * Where the window opens. {@code displays}: the screens, the primary one first; {@code remembered}: settings
     * as {@link #remembering} wrote them ("" when absent). The placement remembered for the screen the window was
     * last on is used when a screen of that size is there, else the one remembered for the primary screen's size,
     * else {@code width × height} centred on the primary screen; all of them fitted into the screen's visible bounds.
     */
    public static Placement opening(List<Display> displays, Function<String, String> remembered, double width,
                                    double height) {
        List<String> keys = new ArrayList<>();
        keys.add(remembered.apply(LAST_SCREEN));
        displays.forEach(d -> keys.add(d.key()));
        for (String key : keys) {
            Optional<Display> display = displays.stream().filter(d -> d.key().equals(key)).findFirst();
            Optional<Placement> placement = parse(remembered.apply(key));
            if (display.isPresent() && placement.isPresent()) {
                Rectangle2D visible = display.get().visible();
                Rectangle2D relative = placement.get().bounds();
                return new Placement(fit(new Rectangle2D(visible.getMinX() + relative.getMinX(),
                        visible.getMinY() + relative.getMinY(), relative.getWidth(), relative.getHeight()), visible),
                        placement.get().maximized());
            }
        }
        return new Placement(centred(width, height, displays.get(0).visible()), false);
    }

    /** The settings that remember a window at {@code window} on the screen holding its centre. */
    public static Map<String, String> remembering(Rectangle2D window, boolean maximized, List<Display> displays) {
        double cx = window.getMinX() + window.getWidth() / 2;
        double cy = window.getMinY() + window.getHeight() / 2;
        Display display = displays.stream().filter(d -> d.bounds().contains(cx, cy)).findFirst()
                .orElse(displays.get(0));
        Rectangle2D visible = display.visible();
        String placement = String.format(Locale.ROOT, "%d,%d,%d,%d,%s",
                Math.round(window.getMinX() - visible.getMinX()), Math.round(window.getMinY() - visible.getMinY()),
                Math.round(window.getWidth()), Math.round(window.getHeight()), maximized ? "maximized" : "normal");
        return Map.of(LAST_SCREEN, display.key(), display.key(), placement);
    }

    /** {@code wanted} made no larger than {@code visible} and moved inside it. */
    public static Rectangle2D fit(Rectangle2D wanted, Rectangle2D visible) {
        double w = Math.min(wanted.getWidth(), visible.getWidth());
        double h = Math.min(wanted.getHeight(), visible.getHeight());
        double x = Math.max(visible.getMinX(), Math.min(wanted.getMinX(), visible.getMaxX() - w));
        double y = Math.max(visible.getMinY(), Math.min(wanted.getMinY(), visible.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** A {@code width × height} window in the middle of {@code visible}, fitted into it. */
    public static Rectangle2D centred(double width, double height, Rectangle2D visible) {
        double w = Math.min(width, visible.getWidth());
        double h = Math.min(height, visible.getHeight());
        return new Rectangle2D(visible.getMinX() + (visible.getWidth() - w) / 2,
                visible.getMinY() + (visible.getHeight() - h) / 2, w, h);
    }

    /** A remembered placement ("x,y,width,height,normal|maximized", relative to the visible bounds), if readable. */
    private static Optional<Placement> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            if (!Double.isFinite(x + y + w + h) || w <= 0 || h <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Placement(new Rectangle2D(x, y, w, h), "maximized".equals(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
