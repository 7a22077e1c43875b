package fangrid.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Window-up benchmark (not a test): starts FanGrid as fresh processes, each command in turn (A B A B …), and times
 * from the process's start to the first frame showing the sample shop's R × F grid filled (the app's
 * {@code -Dfangrid.startup=quit} line {@code fangrid-startup grid}, see {@code fangrid.ui.StartupClock}); the app then
 * quits. Prints every run and, per command, the median, min and max of the wall time to the grid and of the CPU time
 * the process had spent by then (all its threads). Needs a display: run it under Xvfb.
 * <p>
 * Scenarios: {@code first} — a new data folder each run, so the app creates the sample project (a first start);
 * {@code again} — the data folder of a previous start, so the app reopens the sample project (every later start);
 * each command gets its own folder, made by one start that is not counted. The data folder and the startup property
 * are passed in {@code JAVA_TOOL_OPTIONS}, so that a packaged app's launcher takes them like {@code java} does.
 * A command may start with {@code NAME=VALUE} words, put in its environment as a shell would (commas in the value
 * become spaces); {@code JAVA_TOOL_OPTIONS=-XX:TieredStopAtLevel=1} adds a JVM option to a packaged app's.
 * <pre>
 * xvfb-run -a -s "-screen 0 1366x768x24" java src/test/java/fangrid/bench/StartupBenchmark.java --runs 7 --scenario again \
 *     "java -jar target/fangrid.jar" "target/installer/FanGrid/bin/FanGrid"
 * </pre>
 */
public final class StartupBenchmark {
    private static final String GRID_LINE = "fangrid-startup grid ";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        String scenario = "again";
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--scenario" -> scenario = args[++i];
                default -> commands.add(args[i]);
            }
        }
        if (commands.isEmpty() || !scenario.equals("first") && !scenario.equals("again")) {
            System.err.println("usage: StartupBenchmark [--runs N] [--scenario first|again] COMMAND ...");
            System.exit(2);
        }
        Path root = Files.createTempDirectory("fangrid-startup-bench");
        Map<String, Path> homes = new LinkedHashMap<>();
        if (scenario.equals("again")) {
            for (int c = 0; c < commands.size(); c++) {
                Path home = Files.createDirectory(root.resolve("home-" + c));
                start(commands.get(c), home);
                homes.put(commands.get(c), home);
            }
        }
        Map<String, long[]> wall = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        for (String command : commands) {
            wall.put(command, new long[runs]);
            cpu.put(command, new long[runs]);
        }
        for (int run = 0; run < runs; run++) {
            for (String command : commands) {
                Path home = homes.containsKey(command) ? homes.get(command)
                        : Files.createTempDirectory(root, "home-first-");
                Run r = start(command, home);
                wall.get(command)[run] = r.wallMillis;
                cpu.get(command)[run] = r.cpuMillis;
                System.out.printf(Locale.ROOT, "run %d  %-60s grid at %5d ms wall, %5d ms CPU (app: %s)%n", run + 1,
                        command, r.wallMillis, r.cpuMillis, r.phases);
            }
        }
        System.out.printf(Locale.ROOT, "%nscenario %s, %d runs each, interleaved; window up with the grid filled:%n",
                scenario, runs);
        for (String command : commands) {
            System.out.printf(Locale.ROOT, "%-60s wall median %5d ms (%d–%d), CPU median %5d ms (%d–%d)%n", command,
                    median(wall.get(command)), min(wall.get(command)), max(wall.get(command)),
                    median(cpu.get(command)), min(cpu.get(command)), max(cpu.get(command)));
        }
    }

    /** One start of {@code command} with {@code home} as its data folder, until the grid is shown and it quits. */
    private static Run start(String command, Path home) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(List.of(command.split(" +")));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_TOOL_OPTIONS", "-Dfangrid.home=" + home + " -Dfangrid.startup=quit");
        while (words.get(0).matches("[A-Z_]+=.*")) {
            String[] nameValue = words.remove(0).split("=", 2);
            env.merge(nameValue[0], nameValue[1].replace(',', ' '), (ours, given) -> given + " " + ours);
        }
        ProcessBuilder pb = new ProcessBuilder(words).redirectErrorStream(true);
        pb.environment().putAll(env);
        long started = System.nanoTime();
        Process p = pb.start();
        Deque<String> tail = new ArrayDeque<>();
        StringBuilder phases = new StringBuilder();
        Long wall = null;
        Long cpu = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(GRID_LINE)) {
                    wall = (System.nanoTime() - started) / 1_000_000;
                    cpu = p.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                }
                if (line.startsWith("fangrid-startup ")) {
                    phases.append(phases.isEmpty() ? "" : ", ").append(line.substring("fangrid-startup ".length()));
                } else {
                    tail.addLast(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
            }
        }
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (wall == null) {
            throw new IllegalStateException(command + " ended without showing the grid (exit " + p.exitValue()
                    + "); its last lines:\n" + String.join("\n", tail));
        }
        return new Run(wall, cpu, phases.toString());
    }

    private record Run(long wallMillis, long cpuMillis, String phases) {
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
