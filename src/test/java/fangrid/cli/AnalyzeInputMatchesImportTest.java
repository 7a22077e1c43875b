package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code analyze --input FILE} reads an order-line file into memory instead of a project: its CSV must be the one
 * a project holding only that file gives ({@code import} then {@code analyze --project}), byte for byte, and it must
 * say the same of the file and the analysis.
 */
class AnalyzeInputMatchesImportTest {
    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        Path sample = TestProjects.sampleDataDir().resolve("orders.csv");
        Path retail = TestProjects.sharedData("online-retail/OnlineRetail.csv.gz");
        return Stream.of(
                Arguments.of(sample, List.of()),
                Arguments.of(sample, List.of("--category", "スキンケア")),
                Arguments.of(sample, List.of("--as-of", "2025-01-01", "--window-months", "12", "--plan-start",
                        "2024-10-01", "--plan-months", "3")),
                Arguments.of(retail, List.of("--as-of", "2011-12-10")),
                Arguments.of(retail, List.of("--as-of", "2011-06-01", "--scoring", "rfm-package", "--no-model")));
    }

    @ParameterizedTest
    @MethodSource("files")
    void analyzingAFileAsItIsGivesWhatAProjectOfItGives(Path file, List<String> options) throws Exception {
        Path direct = dir.resolve("direct.csv");
        String directOut = run(new AnalyzeCommand(), args(List.of("--input", file.toString()), options, direct));

        Path project = dir.resolve("only-this-file.mv.db");
        String importOut = run(new ImportCommand(), "--project", project.toString(), "--kind", "transactions",
                file.toString());
        Path imported = dir.resolve("imported.csv");
        String analyzeOut = run(new AnalyzeCommand(), args(List.of("--project", project.toString()), options, imported));

        assertArrayEquals(Files.readAllBytes(imported), Files.readAllBytes(direct), "the analyze CSV of " + file);
        assertEquals(counts(importOut), counts(directOut), "what reading " + file + " found");
        assertEquals(analysisLines(analyzeOut, imported), analysisLines(directOut, direct));
    }

    @Test
    void badRowsOfAFileAnalysedAsItIsAreListedAndNoFileIsNamedThatIsNotThere() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"),
                "顧客ID,購入日,金額\nA,2024/1/5,100\nB,2024/1/6,abc\n", StandardCharsets.UTF_8);
        String out = run(new AnalyzeCommand(), "--input", f.toString(), "--skip-bad-rows", "--out",
                dir.resolve("c.csv").toString());
        assertTrue(out.contains("bad rows: 1") && out.contains("row 3, column 金額"), out);
        for (String line : out.lines().filter(l -> l.startsWith("rejected rows saved to: ")).toList()) {
            Path named = Path.of(line.substring("rejected rows saved to: ".length()));
            assertTrue(Files.exists(named), "the output names " + named + ", which is not there");
        }
    }

    /**
     * Bad rows spread over several of the reading thread's batches (a control character in a customer id, an amount
     * that is no number, a date that is none, a person whose only line is bad), with a guest line between them: the
     * same rows, in the same order with the same numbers and columns, as an import lists, and the same CSV.
     */
    @Test
    void badRowsAreListedInFileOrderAsAnImportListsThem() throws Exception {
        StringBuilder text = new StringBuilder("顧客ID,購入日,金額\n");
        for (int row = 2; row <= 12_000; row++) {
            String line = switch (row) {
                case 3 -> "C1,2024/1/5,abc";
                case 5_000 -> "C\u00012,2024/1/6,100";
                case 7_000 -> ",2024/1/7,100";
                case 9_001 -> "ONLY-BAD,2024/13/7,100";
                case 11_999 -> "C3,2024/1/8,";
                default -> "C" + row % 700 + ",2024/" + (1 + row % 12) + "/" + (1 + row % 28) + "," + row % 90;
            };
            text.append(line).append('\n');
        }
        Path f = Files.writeString(dir.resolve("bad-rows.csv"), text.toString(), StandardCharsets.UTF_8);
        Path direct = dir.resolve("direct.csv");
        String directOut = run(new AnalyzeCommand(), "--input", f.toString(), "--skip-bad-rows", "--as-of", "2025-01-01",
                "--out", direct.toString());
        Path project = dir.resolve("bad-rows.mv.db");
        String importOut = run(new ImportCommand(), "--project", project.toString(), "--kind", "transactions",
                "--skip-bad-rows", f.toString());
        Path imported = dir.resolve("imported.csv");
        run(new AnalyzeCommand(), "--project", project.toString(), "--as-of", "2025-01-01", "--out", imported.toString());

        List<String> listed = badRows(directOut);
        assertEquals(4, listed.size(), directOut);
        assertTrue(listed.get(0).contains("row 3, column 金額") && listed.get(1).contains("row 5000, column 顧客ID")
                && listed.get(2).contains("row 9001, column 購入日") && listed.get(3).contains("row 11999, column 金額"),
                String.join("\n", listed));
        assertEquals(badRows(importOut), listed);
        assertArrayEquals(Files.readAllBytes(imported), Files.readAllBytes(direct));
    }

    private static List<String> badRows(String out) {
        return out.lines().filter(l -> l.startsWith("    ")).toList();
    }

    private static String[] args(List<String> source, List<String> options, Path out) {
        List<String> a = new ArrayList<>(source);
        a.addAll(options);
        a.add("--out");
        a.add(out.toString());
        return a.toArray(String[]::new);
    }

    private static String run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(args), err.toString());
        return out.toString();
    }

    /** The lines counting rows read, imported and skipped. */
    private static List<String> counts(String out) {
        return out.lines().filter(l -> l.matches("(read|imported|skipped): \\d+|  .*: \\d+")).toList();
    }

    /** The lines about the analysis, the output file's name taken out. */
    private static List<String> analysisLines(String out, Path csv) {
        int from = out.indexOf("analysis date:");
        return out.substring(from).replace(csv.toString(), "OUT").lines().toList();
    }
}
