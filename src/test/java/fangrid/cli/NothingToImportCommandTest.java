package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 6: "imported: 0" with exit 0 was a silent failure; a file with nothing to import is bad input. */
class NothingToImportCommandTest {
    @TempDir
    Path dir;

    private void assertRefused(Path file, String message) throws Exception {
        Path project = dir.resolve("shop");
        CliRun r = CliRun.of("import", "--project", project.toString(), "--kind", "transactions", file.toString());
        assertEquals(FanGridCli.BAD_INPUT, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("Not imported: " + message), r.err());
        try (Project p = Project.open(project); Statement s = p.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_log")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "nothing is recorded");
        }
    }

    @Test
    void aHeaderOnlyFileExits2() throws Exception {
        assertRefused(Files.writeString(dir.resolve("orders.csv"), "会員番号,受注日,金額\n", StandardCharsets.UTF_8),
                "orders.csv has no data rows, only a header: nothing to import.");
    }

    @Test
    void aFileWhoseRowsAllLackACustomerIdExits2() throws Exception {
        assertRefused(Files.writeString(dir.resolve("guests.csv"), "会員番号,受注日,金額\n,2024/01/05,100\n,2024/01/06,200\n",
                StandardCharsets.UTF_8), "None of the 2 rows of guests.csv has a customer id (column 会員番号): nothing to import.");
    }

    @Test
    void analyzeInputOfAHeaderOnlyFileExits2() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), "会員番号,受注日,金額\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("analyze", "--input", f.toString(), "--out", dir.resolve("out.csv").toString());
        assertEquals(FanGridCli.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("Not analyzed: orders.csv has no data rows"), r.err());
    }
}
