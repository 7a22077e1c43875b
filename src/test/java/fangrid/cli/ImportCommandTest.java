package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.store.Project;
import fangrid.store.StoredLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code import} command's contract: output, exit codes 0 / 2, and nothing changed on bad input. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        CommandLine cl = new CommandLine(new ImportCommand());
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void importsTheSampleOrdersCreatingTheProjectAndPrintsMappingAndCounts() throws Exception {
        Path project = dir.resolve("shop");
        Result r = run("--project", project.toString(), "--kind", "transactions",
                TestProjects.sampleDataDir().resolve("orders.csv").toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("(windows-31j, comma-separated)"), r.out);
        assertTrue(r.out.contains("customer_id=会員番号") && r.out.contains("date=受注日時"), r.out);
        assertTrue(r.out.contains("read: 8325\nimported: 8325\nskipped: 0"), r.out);
        assertTrue(Files.isRegularFile(dir.resolve("shop.mv.db")));
        try (Project p = Project.open(project)) {
            // sample-data/README.md: 3,000 buyers; 8,111 order lines and 214 return lines netting 44,682,930 yen
            List<StoredLines.Line> lines = StoredLines.all(p);
            assertEquals(3_000, p.customerCount());
            assertEquals(8_325, lines.size());
            assertEquals(214, lines.stream().filter(l -> l.kind() == 2).count());
            assertEquals(44_682_930, lines.stream().mapToDouble(StoredLines.Line::amount).sum(), 1e-6);
        }
    }

    @Test
    void badInputExitsWith2NamingFileRowAndColumnAndChangesNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), "顧客ID,購入日,金額\nA,2024/1/5,100\nB,2024/1/6,abc\n",
                StandardCharsets.UTF_8);
        Path project = dir.resolve("p");
        Result r = run("--project", project.toString(), "--kind", "transactions", f.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("orders.csv, row 3, column 金額: not a number: \"abc\""), r.err);
        try (Project p = Project.open(project)) {
            assertEquals(0, p.imports().all().size());
            assertEquals(0, p.customerCount());
        }
    }

    @Test
    void skipBadRowsImportsTheRestAndListsTheBadOnesAndTheSkippedInEnglish() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"),
                "顧客ID,購入日,金額\nA,2024/1/5,100\nB,2024/1/6,abc\n,2024/1/7,50\n", StandardCharsets.UTF_8);
        Result r = run("--project", dir.resolve("p").toString(), "--kind", "transactions", "--skip-bad-rows", f.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("imported: 1") && r.out.contains("row 3, column 金額"), r.out);
        assertTrue(r.out.contains("skipped: 2\n  no customer id: 1\n"), "the guest order, as the CLI words it: " + r.out);
        try (Project p = Project.open(dir.resolve("p"))) {
            assertEquals(List.of(new StoredLines.Line(1, LocalDate.of(2024, 1, 5), 0, 100, null, null, null)), StoredLines.all(p),
                    "A's row only");
            assertEquals(1, p.customerCount());
        }
    }

    @Test
    void mapOverridesTheProposalAndUnknownFieldsOrKindsAreBadInput() throws Exception {
        Path f = Files.writeString(dir.resolve("x.csv"), "who,when,paid\nA,2024-01-05,100\n", StandardCharsets.UTF_8);
        Result ok = run("--project", dir.resolve("p").toString(), "--kind", "transactions",
                "--map", "customer_id=who", "--map", "date=when", "--map", "amount=paid", f.toString());
        assertEquals(0, ok.exit, ok.err);
        assertTrue(ok.out.contains("customer_id=who, date=when, amount=paid"), ok.out);
        try (Project p = Project.open(dir.resolve("p"))) {
            assertEquals(List.of(new StoredLines.Line(1, LocalDate.of(2024, 1, 5), 0, 100, null, null, null)), StoredLines.all(p),
                    "who, when and paid stored as customer, date and amount");
            assertEquals("customer_id=who, date=when, amount=paid", p.imports().all().get(0).mapping());
        }
        assertEquals(2, run("--project", dir.resolve("q").toString(), "--kind", "transactions",
                "--map", "colour=who", f.toString()).exit);
        assertEquals(2, run("--project", dir.resolve("q").toString(), "--kind", "orders", f.toString()).exit);
        assertEquals(2, run("--project", dir.resolve("q").toString(), "--kind", "transactions",
                dir.resolve("missing.csv").toString()).exit);
    }
}
