package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.store.Project;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --kind customer-summary} on the command line: a summary opens the analysis at its date, what needs the
 * order lines is refused in words (exit 2), and a bad summary row names file, row and column and changes nothing.
 */
class CustomerSummaryCommandTest {
    private static final String HEADER = "customer_id,as_of,known_since,occasions,first_purchase_date,"
            + "last_purchase_date,net_sales,items,return_orders,return_amount,median_interval_days,interval_cv,seasonal,"
            + "line_count,last_line_date,main_occasions,trial,third_main_date,purchase_days,first_occasion_date,"
            + "last_occasion_date,repeat_net_sales\n";
    /** A: three occasions, the last 30 days before 2024-07-01; B: one, 122 days before; C: a shipment only. */
    private static final String A = "A,2024-07-01,2024-01-10,3,2024-01-10,2024-06-01,30000,3,0,0,70,0.3,0,3,2024-06-01,"
            + "3,0,2024-06-01,3,2024-01-10,2024-06-01,20000\n";
    private static final String B = "B,2024-07-01,2024-03-01,1,2024-03-01,2024-03-01,5000,1,1,1000,,,0,2,2024-03-15,1,0,,"
            + "1,2024-03-01,2024-03-01,-1000\n";
    private static final String C = "C,2024-07-01,2024-05-01,0,,,0,0,0,0,,,0,0,,0,0,,0,,,0\n";

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FanGridCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Result importSummary(Path project, Path summary) {
        return run("import", "--project", project.toString(), "--kind", "customer-summary", summary.toString());
    }

    private static Map<String, Map<String, String>> analyzed(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                row.put(header[k], cells[k]);
            }
            rows.put(cells[0], row);
        }
        return rows;
    }

    @Test
    void aGzippedSummaryIsAnalysedAtItsDateAndOtherDatesAreRefusedInWords() throws Exception {
        Path gz = dir.resolve("summary.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((HEADER + A + B + C).getBytes(StandardCharsets.UTF_8));
        }
        Path project = dir.resolve("shop");
        Result imported = importSummary(project, gz);
        assertEquals(0, imported.exit, imported.err);
        assertTrue(imported.out.contains("imported: 3"), imported.out);

        Path out = dir.resolve("customers.csv");
        Result analyzed = run("analyze", "--project", project.toString(), "--no-model", "--out", out.toString());
        assertEquals(0, analyzed.exit, analyzed.err);
        assertTrue(analyzed.out.contains("analysis date: 2024-07-01"), analyzed.out);
        Map<String, Map<String, String>> rows = analyzed(out);
        assertEquals("30", rows.get("A").get("recency_days"));
        assertEquals("3", rows.get("A").get("frequency"));
        assertEquals("30000", rows.get("A").get("monetary"));
        assertEquals("R1F3", rows.get("A").get("grid_cell"));
        assertEquals("70", rows.get("A").get("median_interval_days"));
        assertEquals("122", rows.get("B").get("recency_days"), "2024-03-01 to 2024-07-01");
        assertEquals("R2F1", rows.get("B").get("grid_cell"));
        assertEquals("", rows.get("C").get("recency_days"), "a customer without a purchase");

        Result earlier = run("analyze", "--project", project.toString(), "--as-of", "2024-06-01", "--no-model",
                "--out", dir.resolve("earlier.csv").toString());
        assertEquals(2, earlier.exit, earlier.err);
        assertTrue(earlier.err.contains("customer summary as of 2024-07-01")
                && earlier.err.contains("cannot be shown without the order lines"), earlier.err);
        Result migration = run("migration", "--project", project.toString(), "--from", "2024-06-01", "--to",
                "2024-07-01", "--json");
        assertEquals(2, migration.exit, migration.err);
        assertTrue(migration.err.contains("without the order lines"), migration.err);
    }

    @Test
    void aRowOfAnotherDateOrADateAfterItOrACustomerTwiceIsRefusedNamingRowAndColumn() throws Exception {
        String[][] cases = {
            {B.replace("B,2024-07-01", "B,2024-08-01"), "row 3, column as_of"},
            {B.replace(",2024-03-15,", ",2024-07-01,"), "row 3, column last_line_date"},
            {A.replace("A,", "a,").replace("2024-01-10,3,", "2024-01-10,x,"), "row 3, column occasions"},
            {A, "row 3, column customer_id"},
            {C.replace(",0,,,0,0", ",1,,,0,0"), "row 3, column first_purchase_date"},
            {C.replace("2024-05-01", "1899-12-31"), "row 3, column known_since"},
        };
        String future = A.replace("2024-07-01", "2999-01-01");
        for (int k = 0; k <= cases.length; k++) {
            String[] c = k < cases.length ? cases[k] : new String[] {"", "row 2, column as_of: a date after today"};
            Path project = dir.resolve("p" + k);
            Result r = importSummary(project, file("bad.csv", HEADER + (k < cases.length ? A : future) + c[0]));
            assertEquals(2, r.exit, c[1] + ": " + r.err);
            assertTrue(r.err.contains("bad.csv, " + c[1]), c[1] + ": " + r.err);
            try (Project p = Project.open(project)) {
                assertEquals(0, p.customerCount(), "nothing imported");
            }
        }
    }

    @Test
    void aProjectHoldsOrderLinesOrOneSummaryNeverBoth() throws Exception {
        Path lines = dir.resolve("lines");
        assertEquals(0, run("import", "--project", lines.toString(), "--kind", "transactions",
                TestProjects.sampleDataDir().resolve("orders.csv").toString()).exit);
        Result summaryOnLines = importSummary(lines, file("summary.csv", HEADER + A));
        assertEquals(2, summaryOnLines.exit);
        assertTrue(summaryOnLines.err.contains("holds order lines"), summaryOnLines.err);

        Path summary = dir.resolve("summary");
        assertEquals(0, importSummary(summary, file("one.csv", HEADER + A)).exit);
        Result linesOnSummary = run("import", "--project", summary.toString(), "--kind", "transactions",
                TestProjects.sampleDataDir().resolve("orders.csv").toString());
        assertEquals(2, linesOnSummary.exit);
        assertTrue(linesOnSummary.err.contains("holds a customer summary as of 2024-07-01"), linesOnSummary.err);
        Result second = importSummary(summary, file("two.csv", HEADER + B));
        assertEquals(2, second.exit);
        try (Project p = Project.open(summary)) {
            assertEquals(1, p.customerCount(), "only the first summary's customer");
        }
        assertFalse(second.err.contains("Internal error"), second.err);
    }
}
