package fangrid.bench;

import fangrid.ui.FanGridApp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/**
 * How long the real window takes from launch to showing PROJECT's figures (not a test), wall and the process's CPU
 * time, so that a figure taken on a busy machine still says what the opening costs; then the CPU time of the
 * busiest threads (the JVM's compiler and GC threads too, from Linux's {@code /proc}), to say where it went. It then
 * waits for the window's background work, as a window left open would (a first opening keeps the columns then).
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
        System.out.println("CPU by thread until then: " + cpuByThread());
        // as a window left open does, the background work finishes before the end (it keeps the columns, once)
        long shown = System.nanoTime();
        PresentationBenchmark.waitUntilIdle();
        System.out.printf("background work over %.1f s later (2 s of which idle), %.1f s of CPU in all%n",
                (System.nanoTime() - shown) / 1e9, os.getProcessCpuTime() / 1e9);
        System.exit(0);
    }

    /** The CPU seconds of the process's threads by name (numbers left out, so GC threads add up), busiest first. */
    static String cpuByThread() throws IOException {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of stat (user and system time, in clock ticks), counted after the name
                ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            }
        }
        return ticks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 100.0))
                .collect(Collectors.joining(", "));
    }
}
