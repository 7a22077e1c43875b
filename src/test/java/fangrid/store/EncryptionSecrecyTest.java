package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fangrid.domain.ProjectException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No password or key ever reaches a message, a stack trace, the standard streams or a file beside the project: H2 is
 * made to fail in every way a key reaches it (no key, a wrong key to a closed file, a wrong key to a file open in this
 * process, converting with a wrong key), and everything it says is searched for the password and the key H2 was given.
 */
class EncryptionSecrecyTest {
    private static final String PASSWORD = "hunter2-swordfish";

    @TempDir
    Path dir;

    @Test
    void noFailureSaysThePasswordOrTheKey() throws Exception {
        String key = new String(ProjectKey.of(PASSWORD.toCharArray()).filePassword());
        String wrongKey = new String(ProjectKey.of((PASSWORD + "x").toCharArray()).filePassword());
        List<Throwable> failures = new ArrayList<>();
        String printed = printedBy(() -> {
            Path f;
            try (Project p = Project.create(dir.resolve("shop"), ProjectKey.of(PASSWORD.toCharArray()));
                 Statement s = p.connection().createStatement()) {
                p.settings().put("x", "y");
                f = p.file();
                // open in this process: H2 itself compares the key with the one the file was opened with
                failures.add(assertThrows(ProjectException.class,
                        () -> Project.open(f, ProjectKey.of((PASSWORD + "x").toCharArray()))));
                failures.add(assertThrows(ProjectException.class, () -> Project.open(f)));
                // H2 fails on a statement: its message holds the SQL, never the connection's properties
                failures.add(assertThrows(java.sql.SQLException.class, () -> s.execute("SELECT nothing FROM x")));
            }
            failures.add(assertThrows(ProjectException.class, () -> Project.open(f)));
            failures.add(assertThrows(ProjectException.class,
                    () -> Project.open(f, ProjectKey.of((PASSWORD + "x").toCharArray()))));
            failures.add(assertThrows(ProjectException.class, () -> ProjectEncryption.change(f,
                    ProjectKey.of("not-it-42".toCharArray()), null)));
            // H2 opening the file with a wrong key itself, past FanGrid's own look at the file
            failures.add(assertThrows(ProjectException.class, () -> Project.connect(f, Project.Access.READ,
                    ProjectKey.of("not-it-42".toCharArray()))));
        });
        assertEquals(7, failures.size());
        StringWriter traces = new StringWriter();
        for (Throwable t : failures) {
            t.printStackTrace(new PrintWriter(traces));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("shop.mv.db")), files.toList(), "no trace or other file beside it");
        }
        for (String secret : List.of(PASSWORD, key, wrongKey, "not-it-42")) {
            assertFalse(traces.toString().contains(secret), secret + " in\n" + traces);
            assertFalse(printed.contains(secret), secret + " printed:\n" + printed);
        }
    }

    /** What {@code work} prints on the standard streams. */
    private static String printedBy(Work work) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream caught = new ByteArrayOutputStream();
        try (PrintStream both = new PrintStream(caught, true, StandardCharsets.UTF_8)) {
            System.setOut(both);
            System.setErr(both);
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return caught.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
