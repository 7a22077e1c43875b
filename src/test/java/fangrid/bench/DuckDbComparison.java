package fangrid.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end benchmark (not a test): {@code fangrid analyze --input} against DuckDB computing DOMAIN.md's recency,
 * frequency and monetary from the same file ({@link DuckDbRfm}), each a whole process with a fresh JVM, as a user
 * runs them, in turn: FanGrid, DuckDB, FanGrid, … (five runs each by default, optional third argument). Prints every
 * run, the medians and best times with their ratios FanGrid/DuckDB, the peak resident memory of each (where
 * {@code /usr/bin/time} exists to measure it) and how many customers' recency/frequency/monetary differ. The
 * children get this JVM's class path; {@code -Dfangrid.bench.jvm="OPTIONS"} adds JVM options to FanGrid's runs only.
 * DuckDB is only on the class path in the {@code bench} profile:
 * <pre>
 * mvn -q -Pbench test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fangrid.bench.DuckDbComparison \
 *     -Dexec.args="../shared/data/online-retail/OnlineRetail.csv.gz 2011-12-10"
 * </pre>
 */
public final class DuckDbComparison {
    private static final Path TIME = Path.of("/usr/bin/time");

    private DuckDbComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        String asOf = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("fangrid-vs-duckdb");
        Path ours = dir.resolve("fangrid.csv");
        Path theirs = dir.resolve("duckdb.csv");
        List<String> fangridCommand = java(System.getProperty("fangrid.bench.jvm", ""), "fangrid.Launcher", "analyze",
                "--input", file.toString(), "--as-of", asOf, "--out", ours.toString());
        List<String> duckdbCommand = java("", DuckDbRfm.class.getName(), file.toString(), asOf, theirs.toString());
        Run[] fangrid = new Run[runs];
        Run[] duckdb = new Run[runs];
        for (int run = 0; run < runs; run++) {
            fangrid[run] = Run.of(fangridCommand, dir);
            duckdb[run] = Run.of(duckdbCommand, dir);
            System.out.printf("run %d: FanGrid analyze --input %.2f s %s, DuckDB %.2f s %s%n", run + 1,
                    fangrid[run].seconds, fangrid[run].rss(), duckdb[run].seconds, duckdb[run].rss());
        }
        double[] f = Arrays.stream(fangrid).mapToDouble(r -> r.seconds).sorted().toArray();
        double[] d = Arrays.stream(duckdb).mapToDouble(r -> r.seconds).sorted().toArray();
        System.out.printf("median of %d: FanGrid %.2f s, DuckDB %.2f s, ratio FanGrid/DuckDB %.2f%n", runs, median(f),
                median(d), median(f) / median(d));
        System.out.printf("best of %d: FanGrid %.2f s, DuckDB %.2f s, ratio FanGrid/DuckDB %.2f%n", runs, f[0], d[0],
                f[0] / d[0]);
        double[] fm = Arrays.stream(fangrid).mapToDouble(r -> r.peakKb).sorted().toArray();
        double[] dm = Arrays.stream(duckdb).mapToDouble(r -> r.peakKb).sorted().toArray();
        if (fm[0] > 0) {
            System.out.printf("peak RSS, median: FanGrid %.0f MB, DuckDB %.0f MB, ratio FanGrid/DuckDB %.2f%n",
                    median(fm) / 1024, median(dm) / 1024, median(fm) / median(dm));
        }
        System.out.println(compare(ours, theirs));
    }

    private static List<String> java(String jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : jvmOptions.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** One whole-process run: its wall time and, where it could be measured, its peak resident memory. */
    private record Run(double seconds, long peakKb) {
        static Run of(List<String> command, Path dir) throws Exception {
            Path rss = dir.resolve("rss.txt");
            List<String> measured = new ArrayList<>();
            if (Files.isExecutable(TIME)) {
                measured.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rss.toString()));
            }
            measured.addAll(command);
            long t = System.nanoTime();
            Process p = new ProcessBuilder(measured).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.txt").toFile()).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException(command + " exited with " + exit + ": "
                        + Files.readString(dir.resolve("output.txt")));
            }
            long kb = Files.exists(rss) ? Long.parseLong(Files.readAllLines(rss).get(0).trim()) : 0;
            return new Run(seconds, kb);
        }

        String rss() {
            return peakKb == 0 ? "" : "(" + peakKb / 1024 + " MB)";
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** How many buyers' recency, frequency and monetary (to the cent) differ between the two outputs. */
    private static String compare(Path ours, Path theirs) throws Exception {
        Map<String, String> duck = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(theirs)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                if (!f[2].equals("0")) {
                    duck.put(f[0], f[1] + "," + f[2] + "," + Math.round(Double.parseDouble(f[3]) * 100));
                }
            }
        }
        int compared = 0;
        int differ = 0;
        try (BufferedReader r = Files.newBufferedReader(ours)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                if (f[2].equals("0")) {
                    continue;
                }
                compared++;
                String mine = f[1] + "," + f[2] + "," + Math.round(Double.parseDouble(f[3]) * 100);
                if (!mine.equals(duck.get(f[0]))) {
                    differ++;
                }
            }
        }
        return "buyers compared: " + compared + " (DuckDB: " + duck.size() + "); recency/frequency/monetary differ for " + differ;
    }
}
