package fangrid.bench;

import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Import benchmark (not a test): times the import service on a file and prints rows/s and peak heap.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fangrid.bench.ImportBenchmark \
 *     -Dexec.args="FILE | --generate LINES CUSTOMERS"
 * </pre>
 * With {@code --generate}, a deterministic order-line CSV (about 3 lines per order) is written to a temporary
 * folder first. Run it with MAVEN_OPTS=-Xmx2g to check the 2 GB heap target.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("fangrid-bench");
        Path file = args[0].equals("--generate") ? generated(Long.parseLong(args[1]), Integer.parseInt(args[2])) : Path.of(args[0]);
        long start = System.nanoTime();
        ImportReport r;
        try (Project p = Project.create(work.resolve("bench"))) {
            r = new ImportService().importFile(p, file, DataKind.TRANSACTIONS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("file %s (%,d bytes)%n", file.getFileName(), Files.size(file));
        System.out.printf("read %,d rows, imported %,d, skipped %,d in %.1f s: %,.0f rows/s; peak heap %,d MB; project %,d MB%n",
                r.rowsRead(), r.rowsImported(), r.rowsSkipped(), seconds, r.rowsRead() / seconds, peakHeapMb(),
                Files.size(work.resolve("bench.mv.db")) >> 20);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** The generated file for these figures, written once into the temporary folder and reused after. */
    private static Path generated(long lines, int customers) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "fangrid-bench-orders-" + lines + "-" + customers + ".csv");
        if (!Files.exists(file)) {
            Path part = Files.createTempFile(file.getParent(), "fangrid-bench", ".part");
            Files.move(generate(part, lines, customers), file);
        }
        return file;
    }

    /** Writes {@code lines} order lines for {@code customers} people over three years, streamed. */
    static Path generate(Path file, long lines, int customers) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        LocalDate first = LocalDate.of(2022, 1, 1);
        long order = 1_000_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("受注番号,会員番号,受注日時,商品コード,数量,単価,小計,区分\n");
            long written = 0;
            while (written < lines) {
                order++;
                int customer = random.nextInt(customers);
                String date = first.plusDays(random.nextInt(1095)) + " 10:" + (10 + random.nextInt(50));
                int items = 1 + random.nextInt(5);
                for (int i = 0; i < items && written < lines; i++, written++) {
                    int qty = 1 + random.nextInt(3);
                    int price = 500 + 100 * random.nextInt(60);
                    boolean ret = random.nextInt(50) == 0;
                    w.write(order + ",C" + customer + "," + date + ",P" + random.nextInt(5000) + "," + (ret ? -qty : qty)
                            + "," + price + "," + (ret ? -qty * price : qty * price) + "," + (ret ? "返品" : "受注") + "\n");
                }
            }
        }
        return file;
    }
}
