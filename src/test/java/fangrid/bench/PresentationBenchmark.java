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
 * How long presentation mode takes to start and to switch slides in the real window (not a test): the window opens
 * PROJECT and settles (no worker running for 2 s); then, ROUNDS times: F5 starts presenting, timed until the first
 * slide is laid out, and again until every other view has been lent to it ahead of time; Page Down and Page Up walk
 * the slides back and forth; Esc leaves (timed too). Each switch is timed from the key until the end of the layout pass that shows the new slide (CSS at
 * the large type, layout, the charts redrawn).
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Xmx4g -Dfangrid.home=$(mktemp -d) \
 *     -Dfangrid.window.width=1920 -Dfangrid.window.height=1080 -cp … fangrid.bench.PresentationBenchmark PROJECT [ROUNDS]
 * </pre>
 * PROJECT {@code sample}: the sample shop a first start creates in the (empty) data folder.
 */
public final class PresentationBenchmark {
    /** The FX thread's CPU time: on a loaded machine the wall time says more about the other processes. */
    private static final java.lang.management.ThreadMXBean FX_CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The FX thread's CPU time of the last {@link #key}. */
    private static volatile long lastCpuNanos;

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
        waitUntilIdle();
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long f5 = System.nanoTime();
            long enter = key(scene, KeyCode.F5);
            System.out.printf("F5 (the first slide shown at the large type) %.0f ms (FX thread CPU %.0f ms); ",
                    enter / 1e6, lastCpuNanos / 1e6);
            System.out.printf("every slide lent and laid out ahead %.0f ms after F5%n", untilAllLent(scene, f5) / 1e6);
            for (KeyCode k : new KeyCode[] {KeyCode.PAGE_DOWN, KeyCode.PAGE_UP}) {
                for (int i = 0; i < 4; i++) {
                    times.add(key(scene, k));
                    cpu.add(lastCpuNanos);
                }
            }
            System.out.printf("Esc %.0f ms (FX thread CPU %.0f ms)%n", key(scene, KeyCode.ESCAPE) / 1e6,
                    lastCpuNanos / 1e6);
            waitUntilIdle();
        }
        long[] cpuSorted = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("switches' FX thread CPU: median %.1f ms, max %.1f ms%n", cpuSorted[cpuSorted.length / 2] / 1e6,
                cpuSorted[cpuSorted.length - 1] / 1e6);
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d switches: median %.1f ms, 90th percentile %.1f ms, max %.1f ms; all (ms): %s%n",
                sorted.length, sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                Arrays.toString(times.stream().mapToLong(t -> Math.round(t / 1e6)).toArray()));
        Platform.exit();
        System.exit(0);
    }

    /**
     * Waits until the views have settled: no FanGrid worker thread has been running for two seconds (the trend, the
     * migration, the charts and the cross-filter finish in the background after the grid shows figures).
     */
    static void waitUntilIdle() throws InterruptedException {
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(2)) {
            Thread.sleep(100);
            boolean running = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().startsWith("fangrid") && t.getState() == Thread.State.RUNNABLE);
            if (running) {
                quietSince = System.nanoTime();
            }
        }
    }

    /** Nanoseconds from {@code start} until presentation mode holds every slide's view (as many as the bar names). */
    private static long untilAllLent(Scene scene, long start) throws Exception {
        while (true) {
            CompletableFuture<Boolean> all = new CompletableFuture<>();
            Platform.runLater(() -> {
                Node holder = scene.lookup("#presentationSlide");
                Node bar = scene.lookup("#presentationBar");
                long names = bar == null ? 0 : ((javafx.scene.Parent) bar).getChildrenUnmodifiable().stream()
                        .filter(n -> n.getId() != null && n.getId().startsWith("slide-")).count();
                all.complete(holder != null && names > 0
                        && ((javafx.scene.Parent) holder).getChildrenUnmodifiable().size() == names);
            });
            if (all.get(60, TimeUnit.SECONDS)) {
                CompletableFuture<Long> laidOut = new CompletableFuture<>(); // the pulse that lays out the last one
                Platform.runLater(() -> {
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        scene.removePostLayoutPulseListener(listener[0]);
                        laidOut.complete(System.nanoTime());
                    };
                    scene.addPostLayoutPulseListener(listener[0]);
                    Platform.requestNextPulse();
                });
                return laidOut.get(60, TimeUnit.SECONDS) - start;
            }
            Thread.sleep(10);
        }
    }

    /** Presses {@code code} in the window and returns the nanoseconds until the layout pass after it has ended. */
    private static long key(Scene scene, KeyCode code) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t = System.nanoTime();
            long cpu = FX_CPU.getCurrentThreadCpuTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                lastCpuNanos = FX_CPU.getCurrentThreadCpuTime() - cpu;
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
