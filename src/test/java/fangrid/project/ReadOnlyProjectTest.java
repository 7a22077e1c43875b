package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.cli.FanGridCli;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.ImportProgress;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file FanGrid may not write (even when the user could, as an administrator can) opens read-only: its views
 * work, settings apply without being stored, and every change is refused with a message that says why.
 */
class ReadOnlyProjectTest {
    @TempDir
    Path dir;

    @Test
    void opensForViewingAndRefusesEveryChangeSayingWhy() throws Exception {
        Path file = sampleProject();
        long segment;
        try (ProjectSession s = ProjectSession.open(file)) {
            segment = s.saveSegment("Loyal", "", Activity.KEEP_LOYAL, "", s.analysis(), null, false).segments().get(0).id();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        Path orders = Files.writeString(dir.resolve("more.csv"), "customer_id,order_id,date,amount\nZ,1,2024-01-05,1000\n");

        try (ProjectSession s = ProjectSession.open(file)) {
            assertTrue(s.isReadOnly());
            Analysis a = s.analysis();
            assertEquals(3600, a.customers().size());
            Analysis narrow = s.updateSettings(AnalysisSettings.DEFAULT.withThresholds(new GridThresholds(10, 30),
                    GridMode.FIXED));
            assertEquals(new GridThresholds(10, 30), narrow.settings().thresholds(), "settings apply for viewing");
            s.setLanguage("en");

            long first = s.imports().get(0).id();
            List<Executable> changes = List.of(
                    () -> s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE),
                    () -> s.undoImport(first),
                    () -> s.saveSegment("New", "", Activity.KEEP_LOYAL, "", a, null, false),
                    () -> s.editSegment(segment, "Renamed", "", Activity.KEEP_LOYAL),
                    () -> s.deleteSegment(segment));
            for (Executable change : changes) {
                ProjectException e = assertThrows(ProjectException.class, change);
                assertTrue(e.getMessage().startsWith("shop.mv.db is read-only"), e.getMessage());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file), "nothing was written");

        assertEquals(FanGridCli.OK, FanGridCli.run("summary", "--project", file.toString(), "--json"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(FanGridCli.BAD_INPUT, FanGridCli.run("import", "--project", file.toString(), "--kind",
                    "transactions", orders.toString()));
        } finally {
            System.setErr(stderr);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Not imported: shop.mv.db is read-only"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "nothing was written");
    }

    private Path sampleProject() throws Exception {
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("shop"))) {
            return s.file();
        }
    }
}
