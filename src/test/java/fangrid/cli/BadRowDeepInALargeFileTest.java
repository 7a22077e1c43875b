package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: one bad row deep in a large file made every import hang, the reading thread waiting for room in a queue
 * nobody drained any more. The commands must stop with exit 2 and the row, whatever lies behind it.
 */
class BadRowDeepInALargeFileTest {
    /** Far more than the 20,000 rows before the bad one take, even on a busy build machine; a hang fails here. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final int LINES = 200_001;
    private static final int BAD_LINE = 20_001;

    @TempDir
    Path dir;

    /** A transactions CSV of {@code LINES} lines (the header is line 1) whose amount on {@code BAD_LINE} is no number. */
    private Path largeFileWithABadAmount() throws IOException {
        Path f = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("会員番号,受注日,金額\n");
            for (int line = 2; line <= LINES; line++) {
                w.write("M" + line % 50_000 + ",2024/01/" + (1 + line % 28) + "," + (line == BAD_LINE ? "12a" : "100") + "\n");
            }
        }
        return f;
    }

    private static void assertNamesTheBadRow(CliRun r, String prefix) {
        assertEquals(FanGridCli.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains(prefix + "large.csv, row " + BAD_LINE + ", column 金額: not a number: \"12a\""), r.err());
    }

    @Test
    void importStopsAtTheBadRowAndLeavesTheProjectAsItWas() throws Exception {
        Path project = dir.resolve("shop");
        Path first = Files.writeString(dir.resolve("first.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\nB,2024/02/05,250\n",
                StandardCharsets.UTF_8);
        assertEquals(FanGridCli.OK, CliRun.of("import", "--project", project.toString(), "--kind", "transactions",
                first.toString()).exit());
        Path before = dir.resolve("before.csv");
        assertEquals(FanGridCli.OK, CliRun.of("analyze", "--project", project.toString(), "--out", before.toString()).exit());
        Path large = largeFileWithABadAmount();

        long start = System.nanoTime();
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("import", "--project", project.toString(),
                "--kind", "transactions", large.toString()));
        System.out.printf("import of %,d lines stopped at line %,d after %d ms%n", LINES, BAD_LINE,
                (System.nanoTime() - start) / 1_000_000);

        assertNamesTheBadRow(r, "Not imported: ");
        Path after = dir.resolve("after.csv");
        assertEquals(FanGridCli.OK, CliRun.of("analyze", "--project", project.toString(), "--out", after.toString()).exit());
        assertEquals(Files.readString(before), Files.readString(after), "the project's analysis is unchanged");
    }

    @Test
    void analyzeInputStopsAtTheBadRow() throws Exception {
        Path large = largeFileWithABadAmount();
        Path out = dir.resolve("out.csv");
        CliRun r = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("analyze", "--input", large.toString(),
                "--out", out.toString()));
        assertNamesTheBadRow(r, "Not analyzed: ");
        assertTrue(Files.notExists(out));
    }
}
