package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.cli.FanGridCli;
import fangrid.store.DamagedProjectException;
import fangrid.store.ProjectException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged project file is refused with a message that says so, is never written to, and can be looked at through a
 * read-only copy where H2 can still read some of it.
 */
class DamagedProjectTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsNotMadeIntoAProject() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.mv.db"));

        DamagedProjectException e = assertThrows(DamagedProjectException.class, () -> ProjectSession.open(file).close());
        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
        assertFalse(e.copyReadable());
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("summary", "--project", file.toString(), "--json"));
        assertEquals(0, Files.size(file), "the empty file stays empty");
    }

    @Test
    void aFileCutInHalfIsRefusedUnchangedAndACopyShowsWhatIsLeft() throws Exception {
        Path file = sampleProject();
        int whole;
        try (ProjectSession s = ProjectSession.open(file)) {
            whole = s.analysis().customers().size() + s.imports().size();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(file) / 2);
        }
        byte[] cut = Files.readAllBytes(file);

        DamagedProjectException e = assertThrows(DamagedProjectException.class, () -> ProjectSession.open(file).close());
        assertTrue(e.getMessage().contains("shop.mv.db is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("has not been changed"), e.getMessage());
        assertTrue(e.copyReadable(), "H2 still finds an earlier state of the first half");
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("summary", "--project", file.toString(), "--json"));
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("analyze", "--project", file.toString(), "--out",
                dir.resolve("out.csv").toString()));

        try (ProjectSession copy = ProjectSession.openReadOnlyCopy(file)) {
            assertTrue(copy.isReadOnly());
            assertEquals(file, copy.file(), "the copy is shown under the damaged file's name");
            int left = copy.analysis().customers().size() + copy.imports().size();
            assertTrue(left < whole, left + " of " + whole);
            ProjectException refused = assertThrows(ProjectException.class, () -> copy.undoImport(1));
            assertTrue(refused.getMessage().contains("read-only copy"), refused.getMessage());
        }
        assertArrayEquals(cut, Files.readAllBytes(file), "neither refusing nor the copy wrote to the damaged file");
    }

    @Test
    void aFileHoldingFewerRowsThanItsImportLogRecordedIsDamaged() throws Exception {
        Path file = sampleProject();
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        // what lost pages would leave: the log still records every survey answer, one is gone
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base); Statement s = c.createStatement()) {
            s.execute("DELETE FROM survey_answer WHERE answer_id = (SELECT MIN(answer_id) FROM survey_answer)");
        }
        byte[] before = Files.readAllBytes(file);

        DamagedProjectException e = assertThrows(DamagedProjectException.class, () -> ProjectSession.open(file).close());
        assertTrue(e.getMessage().matches("(?s)shop\\.mv\\.db is damaged: import #\\d+ \\(survey\\.xlsx\\) stored"
                + " ([\\d,]+) survey answers, but the file holds .*"), e.getMessage());
        assertTrue(e.copyReadable());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (ProjectSession copy = ProjectSession.openReadOnlyCopy(file)) {
            assertTrue(copy.analysis().customers().size() > 0);
        }
    }

    private Path sampleProject() throws Exception {
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("shop"))) {
            return s.file();
        }
    }
}
