package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the launcher sends to the command line, and how an unknown command is refused. */
class FanGridCliTest {
    @Test
    void anUnknownCommandIsBadInputThatListsTheCommandsAndNeverStartsTheWindow() {
        assertTrue(FanGridCli.isCommand(new String[] {"forecast", "--project", "x"}), "not started as a window");
        StringWriter err = new StringWriter();
        int exit = FanGridCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "forecast", "--project", "x");
        assertEquals(FanGridCli.BAD_INPUT, exit);
        assertTrue(err.toString().contains("forecast"), err.toString());
        assertTrue(err.toString().contains("Commands: import, analyze, summary"), err.toString());
    }

    @Test
    void optionsAndNoArgumentsStartTheWindowAndCommandsTheCommandLine() {
        assertFalse(FanGridCli.isCommand(new String[0]));
        assertFalse(FanGridCli.isCommand(new String[] {"--project=/tmp/shop.mv.db"}));
        assertFalse(FanGridCli.isCommand(new String[] {"--screenshot=a.png", "--lang=ja"}));
        assertTrue(FanGridCli.isCommand(new String[] {"summary", "--project", "p", "--json"}));
        assertTrue(FanGridCli.isCommand(new String[] {"--help"}));
    }

    @Test
    void aMissingOptionOfACommandIsBadInputThatPointsToItsHelp() {
        StringWriter err = new StringWriter();
        int exit = FanGridCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "summary", "--json");
        assertEquals(FanGridCli.BAD_INPUT, exit);
        assertTrue(err.toString().contains("--project"), err.toString());
        assertTrue(err.toString().contains("fangrid summary --help"), err.toString());
    }

    @Test
    void everyCommandsHelpPrintsItsDescriptionsWithoutAWarning() {
        // picocli reads a description as a format string and warns on the process's standard error when it cannot
        // ("% of base"), then prints it unformatted
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        StringWriter help = new StringWriter();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : List.of("import", "analyze", "summary", "report", "export", "encrypt", "decrypt",
                    "migration", "clv", "target")) {
                assertEquals(0, FanGridCli.run(new PrintWriter(help), new PrintWriter(new StringWriter()), command,
                        "--help"), command);
            }
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
        assertTrue(help.toString().replaceAll("\\s+", " ").contains("customers, % of base"),
                "the summary's --by-category, as written");
    }
}
