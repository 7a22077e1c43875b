package fangrid.bench;

import fangrid.ui.FanGridApp;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/**
 * How long the real window takes from launch to showing PROJECT's figures (not a test), wall and the process's CPU
 * time, so that a figure taken on a busy machine still says what the opening costs.
 * <pre>
 * xvfb-run -a -s "-screen 0 1366x768x24" java -Xmx2g -Dfangrid.home=$(mktemp -d) -cp … fangrid.bench.OpenWindowBenchmark PROJECT
 * </pre>
 */
public final class OpenWindowBenchmark {
    private OpenWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Thread fx = new Thread(() -> Application.launch(FanGridApp.class, "--project=" + args[0]));
        fx.setDaemon(true);
        fx.start();
        PresentationBenchmark.waitForFigures(TimeUnit.MINUTES.toNanos(15));
        double wall = (System.nanoTime() - start) / 1e9;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double cpu = os.getProcessCpuTime() / 1e9;
        System.out.printf("window showing the project after %.1f s wall, %.1f s of the process's CPU%n", wall, cpu);
        System.exit(0);
    }
}
