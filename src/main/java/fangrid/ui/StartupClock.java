package fangrid.ui;

import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.crossfilter.ViewId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * How long a start takes, for the startup benchmark: with {@code -Dfangrid.startup=print} the app prints on standard
 * output, for each phase, the milliseconds since the process started ({@code fangrid-startup main 180}), the last
 * being {@code grid} — the first frame laid out after the R × F grid got its figures; with
 * {@code -Dfangrid.startup=quit} it then quits. Without the property nothing is measured or printed.
 */
public final class StartupClock {
    /** The line {@code grid} is printed on: the window is up with the grid filled. */
    public static final String GRID_SHOWN = "grid";
    private static final String MODE = System.getProperty("fangrid.startup", "");

    private StartupClock() {
    }

    /** Whether the start is being measured. */
    public static boolean on() {
        return MODE.equals("print") || MODE.equals("quit");
    }

    /** Prints how long after the process's start {@code phase} came, when measuring. */
    public static void mark(String phase) {
        if (on()) {
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
            System.out.printf(Locale.ROOT, "fangrid-startup %s %d%n", phase,
                    Duration.between(started, Instant.now()).toMillis());
            System.out.flush();
        }
    }

    /** When measuring, marks {@code phase} the first time {@code value} is set. */
    public static <T> void whenSet(ObservableValue<T> value, String phase) {
        if (on()) {
            value.addListener(new ChangeListener<T>() {
                @Override
                public void changed(ObservableValue<? extends T> o, T old, T now) {
                    if (now != null) {
                        value.removeListener(this);
                        mark(phase);
                    }
                }
            });
        }
    }

    /**
     * When measuring, marks {@link #GRID_SHOWN} at the end of the first layout pulse of the window's scene after the
     * grid's view got its figures (and quits in {@code quit} mode).
     */
    public static void whenGridShown(CrossFilter views, Supplier<Scene> window) {
        if (!on()) {
            return;
        }
        ObservableValue<FilteredView> grid = views.view(ViewId.GRID);
        grid.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends FilteredView> o, FilteredView old, FilteredView shown) {
                if (shown != null) {
                    grid.removeListener(this);
                    Scene scene = window.get();
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            mark(GRID_SHOWN);
                            if (MODE.equals("quit")) {
                                Platform.exit();
                            }
                        }
                    });
                    Platform.requestNextPulse();
                }
            }
        });
    }
}
