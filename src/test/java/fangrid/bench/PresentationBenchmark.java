package fangrid.bench;

import fangrid.ui.FanGridApp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * How long presentation mode takes to switch slides in the real window (not a test): the window opens PROJECT, F5
 * starts presenting (timed too), then Page Down and Page Up walk the slides back and forth; each switch is timed from the key
 * until the end of the layout pass that shows the new slide (CSS at the large type, layout, the charts redrawn).
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Xmx4g -Dfangrid.home=$(mktemp -d) \
 *     -Dfangrid.window.width=1920 -Dfangrid.window.height=1080 -cp … fangrid.bench.PresentationBenchmark PROJECT [ROUNDS]
 * </pre>
 * PROJECT {@code sample}: the sample shop a first start creates in the (empty) data folder.
 */
public final class PresentationBenchmark {
    private PresentationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] app = args[0].equals("sample") ? new String[0] : new String[] {"--project=" + args[0]};
        long start = System.nanoTime();
        Thread fx = new Thread(() -> Application.launch(FanGridApp.class, app));
        fx.setDaemon(true);
        fx.start();
        Scene scene = waitForFigures(TimeUnit.MINUTES.toNanos(15));
        System.out.printf("window showing the project after %.1f s%n", (System.nanoTime() - start) / 1e9);
        Thread.sleep(2000); // the trend and the other views settle
        System.out.printf("F5 (all views to the large type) %.0f ms%n", key(scene, KeyCode.F5) / 1e6);
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (KeyCode k : new KeyCode[] {KeyCode.PAGE_DOWN, KeyCode.PAGE_UP}) {
                for (int i = 0; i < 4; i++) {
                    times.add(key(scene, k));
                }
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d switches: median %.1f ms, 90th percentile %.1f ms, max %.1f ms; all (ms): %s%n",
                sorted.length, sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                Arrays.toString(times.stream().mapToLong(t -> Math.round(t / 1e6)).toArray()));
        Platform.exit();
        System.exit(0);
    }

    /** Presses {@code code} in the window and returns the nanoseconds until the layout pass after it has ended. */
    private static long key(Scene scene, KeyCode code) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime() - t);
            };
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        long nanos = done.get(60, TimeUnit.SECONDS);
        Thread.sleep(300); // the frame is drawn before the next key
        return nanos;
    }

    static Scene waitForFigures(long timeoutNanos) throws Exception {
        long until = System.nanoTime() + timeoutNanos;
        while (System.nanoTime() < until) {
            CompletableFuture<Scene> ready = new CompletableFuture<>();
            try {
                Platform.runLater(() -> {
                    Scene shown = null;
                    for (Window w : Window.getWindows()) {
                        Node count = w.getScene() == null ? null : w.getScene().lookup("#count-R1F1");
                        if (count instanceof Label l && !l.getText().isEmpty()) {
                            shown = w.getScene();
                        }
                    }
                    ready.complete(shown);
                });
                Scene s = ready.get(30, TimeUnit.SECONDS);
                if (s != null) {
                    return s;
                }
            } catch (IllegalStateException | java.util.concurrent.TimeoutException e) {
                // the toolkit is not up yet, or busy showing the project
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the window did not show the project in time");
    }
}
