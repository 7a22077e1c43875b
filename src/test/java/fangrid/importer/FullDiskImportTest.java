package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.SmallDisk;
import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ProjectException;
import fangrid.importer.read.TableReader;
import fangrid.store.OrderLineStore;
import fangrid.store.Project;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 10 on a real full disk (a small tmpfs; skipped where it cannot be mounted): H2's raw "Writing to
 * FileChannelImpl … failed" became a message in words, the import ends, and the project is as it was.
 */
class FullDiskImportTest {
    /** The import used to hang for minutes when the disk filled; well within this it must have ended. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private SmallDisk disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    /** 200,000 order lines for 50,000 customers: about 4.4 MB. */
    private Path largeFile() throws IOException {
        Path f = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("会員番号,受注日,金額\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("M" + i % 50_000 + ",2024/01/" + (1 + i % 28) + "," + (100 + i % 900) + "\n");
            }
        }
        return f;
    }

    private Project projectWithOneImport() throws Exception {
        Project p = Project.create(disk.folder().resolve("shop"));
        new ImportService().importFile(p, Files.writeString(dir.resolve("first.csv"),
                "会員番号,受注日,金額\nA,2024/02/01,100\nB,2024/02/02,200\n", StandardCharsets.UTF_8), DataKind.TRANSACTIONS);
        return p;
    }

    private static void assertAsItWas(Project p) throws SQLException {
        assertEquals(List.of("first.csv"), p.imports().all().stream().map(r -> r.fileName()).toList());
        assertEquals(2, p.customerCount());
        assertEquals(2, new OrderLineStore(p.connection()).lineCount());
    }

    @Test
    void aFileThatWouldNotFitIsRefusedBeforeAnythingIsWritten() throws Exception {
        disk = SmallDisk.mount(dir.resolve("disk"), 16);
        Path large = largeFile();
        try (Project p = projectWithOneImport()) {
            ImportException e = assertThrows(ImportException.class, () -> new ImportService().importFile(p, large,
                    DataKind.TRANSACTIONS));
            assertTrue(e.getMessage().startsWith("The disk is too full to import large.csv"), e.getMessage());
            assertAsItWas(p);
        }
    }

    @Test
    void aDiskThatFillsEarlyInTheImportIsReportedInWordsAndTheProjectOpensAsItWasAtOnce() throws Exception {
        Path project = importUntilTheDiskFillsAt(5_000);
        try (Project whileFull = Project.open(project)) {
            assertAsItWas(whileFull);
        }
    }

    @Test
    void aDiskThatFillsLateInTheImportIsReportedInWordsAndTheProjectOpensAsItWasOnceThereIsRoom() throws Exception {
        Path project = importUntilTheDiskFillsAt(150_000);
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(project).close());
        assertEquals("The disk holding " + project + " is full: opening the project needs some free space (to remove"
                + " an import that did not finish). Free some space and open it again.", e.getMessage());
        disk.free();
        try (Project reopened = Project.open(project)) {
            assertAsItWas(reopened);
        }
    }

    @Test
    void aDiskThatFillsAsTheLastRowsAreReadIsReportedRatherThanTheImportLostAfterItsSuccess() throws Exception {
        Path project = importUntilTheDiskFillsAt(200_000);
        disk.free();
        try (Project reopened = Project.open(project)) {
            assertAsItWas(reopened);
        }
    }

    /**
     * Imports 200,000 lines into a project with one import on a 32 MB disk, which another program fills once
     * {@code rows} have been read; returns the project file, closed.
     */
    private Path importUntilTheDiskFillsAt(long rows) throws Exception {
        disk = SmallDisk.mount(dir.resolve("disk"), 32);
        Path large = largeFile();
        Project p = projectWithOneImport();
        ImportProgress anotherProgramFillsTheDisk = read -> {
            if (read == rows) {
                try {
                    disk.fill();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> assertTimeoutPreemptively(LIMIT,
                () -> new ImportService().importFile(p, large, DataKind.TRANSACTIONS, TableReader.open(large), null,
                        false, anotherProgramFillsTheDisk)));
        assertEquals("The disk is full: large.csv could not be written into the project shop and is not imported."
                + " Free some space and import again; the project keeps what it held before (an import that did not"
                + " finish is removed when the project is next opened).", e.getMessage());
        closeQuietly(p);
        return p.file();
    }

    /** H2 closed the file when its write failed; closing what is left may fail in its turn. */
    private static void closeQuietly(Project p) {
        try {
            p.close();
        } catch (SQLException alreadyClosed) {
            // nothing more to lose
        }
    }
}
