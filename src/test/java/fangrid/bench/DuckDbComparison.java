package fangrid.bench;

import fangrid.cli.FanGridCli;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * End-to-end benchmark (not a test): {@code fangrid analyze --input} against DuckDB computing DOMAIN.md's
 * recency, frequency and monetary from the same file, each writing a per-customer CSV; prints both times, their
 * ratio, and how many customers' recency/frequency/monetary differ. Each runs five times in turn (optional third
 * argument); the best times are compared, then the medians, and every run is printed: the first runs of the JVM are
 * spent compiling FanGrid's code, and DuckDB (native) shares the two cores with that compiling. DuckDB is only on the
 * classpath in the {@code bench} profile:
 * <pre>
 * mvn -q -Pbench test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fangrid.bench.DuckDbComparison \
 *     -Dexec.args="../shared/data/online-retail/OnlineRetail.csv.gz 2011-12-10"
 * </pre>
 */
public final class DuckDbComparison {
    private DuckDbComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        String asOf = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("fangrid-vs-duckdb");
        Path ours = dir.resolve("fangrid.csv");
        Path theirs = dir.resolve("duckdb.csv");
        long[] fangrid = new long[runs];
        long[] duckdb = new long[runs];
        for (int run = 1; run <= runs; run++) {
            long t = System.nanoTime();
            int exit = FanGridCli.run("analyze", "--input", file.toString(), "--as-of", asOf, "--out", ours.toString());
            long f = System.nanoTime() - t;
            if (exit != 0) {
                throw new IllegalStateException("fangrid analyze exited with " + exit);
            }
            t = System.nanoTime();
            duckDb(file, asOf, theirs);
            long d = System.nanoTime() - t;
            System.out.printf("run %d: FanGrid analyze --input %.2f s, DuckDB %.2f s%n", run, f / 1e9, d / 1e9);
            fangrid[run - 1] = f;
            duckdb[run - 1] = d;
        }
        Arrays.sort(fangrid);
        Arrays.sort(duckdb);
        System.out.printf("best of %d: FanGrid %.2f s, DuckDB %.2f s, ratio FanGrid/DuckDB %.2f%n", runs, fangrid[0] / 1e9,
                duckdb[0] / 1e9, (double) fangrid[0] / duckdb[0]);
        System.out.printf("median of %d: FanGrid %.2f s, DuckDB %.2f s, ratio FanGrid/DuckDB %.2f%n", runs,
                median(fangrid) / 1e9, median(duckdb) / 1e9, median(fangrid) / median(duckdb));
        System.out.println(compare(ours, theirs));
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static void duckDb(Path file, String asOf, Path out) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT CustomerID AS customer_id,"
                    + " DATE '" + asOf + "' - MAX(CASE WHEN NOT starts_with(InvoiceNo, 'C') THEN CAST(InvoiceDate AS DATE) END) AS recency_days,"
                    + " COUNT(DISTINCT CASE WHEN NOT starts_with(InvoiceNo, 'C') THEN InvoiceNo END) AS frequency,"
                    + " ROUND(SUM(Quantity * UnitPrice), 2) AS monetary"
                    + " FROM read_csv('" + file.toString().replace("'", "''") + "', header = true,"
                    + " types = {'InvoiceNo': 'VARCHAR', 'StockCode': 'VARCHAR', 'CustomerID': 'VARCHAR'})"
                    + " WHERE CustomerID IS NOT NULL AND CAST(InvoiceDate AS DATE) < DATE '" + asOf + "'"
                    + " GROUP BY CustomerID) TO '" + out.toString().replace("'", "''") + "' (HEADER, DELIMITER ',')");
        }
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
