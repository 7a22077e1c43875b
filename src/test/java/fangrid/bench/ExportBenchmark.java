package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.Activity;
import fangrid.domain.CustomerContacts;
import fangrid.domain.CustomerNames;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import fangrid.domain.GridCell;
import fangrid.export.CustomerExport;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.SplittableRandom;
import tech.tablesaw.selection.Selection;

/**
 * Export and saved-segment benchmark (not a test): every customer of a project to CSV (both charsets) and XLSX,
 * one grid cell's customers, and saving / loading that many members as a segment.
 * <pre>
 * flock /tmp/fangrid-bench.lock java -Xmx1g -cp … fangrid.bench.ExportBenchmark CUSTOMERS OUT_DIR
 * </pre>
 * Rows are streamed, so a heap little above what the analysis, ids and contacts hold (printed first) suffices.
 * The project (synthetic: every customer with a Japanese name, email and phone, about 3 order lines each) is
 * generated once in the temporary folder and kept for later runs.
 */
public final class ExportBenchmark {
    private static final String[] FAMILY = {"髙橋", "佐藤", "鈴木", "田中", "渡邊", "𠮷田", "伊藤", "山本"};
    private static final String[] GIVEN = {"花子", "太郎", "①美", "㈱商店", "=HYPERLINK(\"x\")", "陽菜", "蓮", "結衣"};

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Project p = Project.open(generated(customers))) {
            long t = System.nanoTime();
            Analysis a = new AnalysisService().analyze(p);
            CustomerContacts contacts = CustomerContactsLoader.load(p.connection());
            System.out.printf("%,d people; analysis (ids included) + contacts loaded in %.1f s; heap in use %s%n", p.customerCount(),
                    seconds(t), heapInUse());
            // in Japanese, as the shops it is made for export: their labels and rounding cost what they cost
            CustomerExport export = new CustomerExport(a, contacts,
                    java.util.ResourceBundle.getBundle("fangrid.i18n.messages", java.util.Locale.JAPANESE), null, CustomerNames.REAL);
            for (ExportFormat f : ExportFormat.values()) {
                run(export, null, f, out.resolve("everyone-" + f.name().toLowerCase() + "." + f.extension()));
            }
            Selection cell = a.aggregates().gridCell(new GridCell(1, 3));
            run(export, cell, ExportFormat.CSV_UTF8_BOM, out.resolve("r1f3.csv"));
            run(export, cell, ExportFormat.XLSX, out.resolve("r1f3.xlsx"));
            segments(p, Selection.withRange(0, a.customers().size()));
        }
    }

    private static void run(CustomerExport export, Selection s, ExportFormat f, Path file) throws Exception {
        long t = System.nanoTime();
        ExportResult r = export.write(s, f, file, ExportProgress.NONE);
        System.out.printf("%-16s %,9d rows in %5.1f s (%,.0f rows/s), %,d MB, %,d characters replaced%n",
                f, r.rows(), seconds(t), r.rows() / seconds(t), Files.size(file) >> 20, r.replacedCharacters());
    }

    private static void segments(Project p, Selection members) throws Exception {
        long t = System.nanoTime();
        long id = p.segments().save("bench everyone", "", Activity.KEEP_LOYAL, "all", null, members, true).id();
        double save = seconds(t);
        t = System.nanoTime();
        int loaded = p.segments().members(id).size();
        double load = seconds(t);
        int bytes;
        try (Statement s = p.connection().createStatement();
             var rs = s.executeQuery("SELECT OCTET_LENGTH(members) FROM saved_segment WHERE segment_id = " + id)) {
            rs.next();
            bytes = rs.getInt(1);
        }
        System.out.printf("saved segment of %,d members: save %.2f s, load %.2f s, %,d bytes%n", loaded, save, load, bytes);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String heapInUse() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return ((r.totalMemory() - r.freeMemory()) >> 20) + " MB";
    }

    private static Path generated(int customers) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "fangrid-export-bench-" + customers + ".mv.db");
        if (Files.exists(file)) {
            return file;
        }
        SplittableRandom random = new SplittableRandom(7);
        int firstDay = (int) LocalDate.of(2022, 1, 1).toEpochDay();
        try (Project p = Project.create(file)) {
            Connection c = p.connection();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO customer(customer_key, customer_id, name, email, phone,"
                    + " import_id, profile_import_id) VALUES (?, ?, ?, ?, ?, 1, 1)")) {
                for (int k = 1; k <= customers; k++) {
                    s.setInt(1, k);
                    s.setString(2, "C" + k);
                    s.setString(3, FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
                    s.setString(4, "user" + k + "@example.jp");
                    s.setString(5, "090-" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000)));
                    s.addBatch();
                    if (k % 10_000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
            }
            try (SyntheticOrderLines out = new SyntheticOrderLines(c)) {
                for (long line = 0; line < 3L * customers; line++) {
                    int customer = 1 + random.nextInt(customers);
                    double price = 500 + 100 * random.nextInt(60);
                    boolean ret = random.nextInt(50) == 0;
                    out.add(customer, firstDay + random.nextInt(1095), ret, 1, price, Long.toString(line),
                            "P" + random.nextInt(500), random.nextLong());
                }
            }
        }
        return file;
    }
}
