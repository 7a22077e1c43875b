package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.project.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --out} writes ids exactly as stored (the documented contract for scripts), or with
 * {@code --safe-cells} neutralised for spreadsheets; a link at the output's name is replaced, never followed.
 */
class AnalyzeOutTest {
    @TempDir
    Path dir;

    @Test
    void idsAreRawByContractAndNeutralisedWithSafeCells() throws Exception {
        Path project = project();
        Path raw = dir.resolve("raw.csv");
        Path safe = dir.resolve("safe.csv");
        assertEquals(FanGridCli.OK, FanGridCli.run("analyze", "--project", project.toString(), "--out", raw.toString()));
        assertEquals(FanGridCli.OK, FanGridCli.run("analyze", "--project", project.toString(), "--out", safe.toString(),
                "--safe-cells"));
        assertTrue(firstCells(raw).contains("\"=HYPERLINK(\"\"http://x\"\")\""), firstCells(raw).toString());
        assertTrue(firstCells(safe).contains("\"'=HYPERLINK(\"\"http://x\"\")\""), firstCells(safe).toString());
        assertTrue(firstCells(safe).contains("B"), "other ids stay as they are");
    }

    @Test
    void aLinkAtTheOutputIsReplacedNotFollowed() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path out = Files.createSymbolicLink(dir.resolve("out.csv"), victim);
        assertEquals(FanGridCli.OK, FanGridCli.run("analyze", "--project", project().toString(), "--out", out.toString()));
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isRegularFile(out) && !Files.isSymbolicLink(out));
        assertTrue(Files.readString(out).startsWith("customer_id,"));
    }

    private Path project() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"),
                "customer_id,order_id,date,amount\n\"=HYPERLINK(\"\"http://x\"\")\",1,2024-01-05,100\nB,2,2024-01-06,200\n",
                StandardCharsets.UTF_8);
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            return s.file();
        }
    }

    /** Each line's first cell as written, quotes included. */
    private static List<String> firstCells(Path csv) throws Exception {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.startsWith("\"") ? l.substring(0, l.indexOf("\",") + 1) : l.substring(0, l.indexOf(',')))
                .toList();
    }
}
