package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.cli.FanGridCli;
import fangrid.domain.DamagedProjectException;
import fangrid.domain.ProjectException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void aFileCutAnywhereIsRefusedOrWholeNeverReadShort() throws Exception {
        Path file = sampleProject();
        String whole = contents(file);
        for (int percent : new int[] {10, 25, 50, 75, 90, 99}) {
            Path cut = Files.copy(file, dir.resolve("cut" + percent + ".mv.db"));
            truncate(cut, Files.size(file) * percent / 100);
            byte[] before = Files.readAllBytes(cut);
            try {
                // H2 may keep the whole project in the first part of its file: then nothing was lost
                assertEquals(whole, contents(cut), "cut to " + percent + " %");
            } catch (DamagedProjectException e) {
                assertTrue(e.getMessage().startsWith("cut" + percent + ".mv.db is damaged"), e.getMessage());
                assertTrue(e.getMessage().contains("has not been changed"), e.getMessage());
                assertArrayEquals(before, Files.readAllBytes(cut), "refusing wrote nothing");
            }
        }
    }

    @Test
    void aFileWhoseNewestPartIsCutOffIsRefusedUnchangedAndACopyShowsWhatIsLeft() throws Exception {
        Path file = sampleProject();
        truncate(file, newestChunkOffset(file));
        byte[] cut = Files.readAllBytes(file);

        DamagedProjectException e = assertThrows(DamagedProjectException.class, () -> ProjectSession.open(file).close());
        assertTrue(e.getMessage().contains("shop.mv.db is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("has not been changed"), e.getMessage());
        assertTrue(e.copyReadable(), "H2 still finds an earlier state");
        String said = stderrOf(() -> assertEquals(FanGridCli.BAD_INPUT,
                FanGridCli.run("summary", "--project", file.toString(), "--json")));
        assertTrue(said.contains("again with --read-only-copy"), said);
        assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("analyze", "--project", file.toString(), "--out",
                dir.resolve("out.csv").toString()));
        assertEquals(FanGridCli.OK, FanGridCli.run("analyze", "--project", file.toString(), "--out",
                dir.resolve("out.csv").toString(), "--read-only-copy"));

        try (ProjectSession copy = ProjectSession.openReadOnlyCopy(file)) {
            assertTrue(copy.isReadOnly());
            assertEquals(file, copy.file(), "the copy is shown under the damaged file's name");
            assertTrue(copy.analysis().customers().size() <= 3600, "an earlier state, at most the whole project");
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

    private static String stderrOf(Runnable run) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(stderr);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    /** What a project holds, in short; throws what opening it throws. */
    private static String contents(Path file) throws Exception {
        try (ProjectSession s = ProjectSession.open(file)) {
            return s.analysis().customers().size() + " customers, " + s.imports().size() + " imports";
        }
    }

    /** Where the chunk H2's file header names as its newest starts (header {@code block:}, in 4 KB blocks). */
    private static long newestChunkOffset(Path file) throws Exception {
        String header = new String(Files.readAllBytes(file), 0, 4096, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("block:([0-9a-f]+)").matcher(header);
        assertTrue(m.find(), header);
        return Long.parseLong(m.group(1), 16) * 4096;
    }

    private static void truncate(Path file, long size) throws Exception {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }
}
