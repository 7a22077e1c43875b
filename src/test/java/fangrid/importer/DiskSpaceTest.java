package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.importer.read.TableReader;
import fangrid.store.Project;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 10: an import that would not fit on the disk is refused in words before it writes anything. */
class DiskSpaceTest {
    @TempDir
    Path dir;

    /** The free space the tests' disk claims to have. */
    private final AtomicLong free = new AtomicLong(Long.MAX_VALUE);
    private final ImportService imports = new ImportService(folder -> free.get());

    private static void writeOrders(Writer w, int lines) throws IOException {
        w.write("会員番号,受注日,金額\n");
        for (int i = 0; i < lines; i++) {
            w.write("M" + i % 5_000 + ",2024/01/" + (1 + i % 28) + "," + (100 + i % 900) + "\n");
        }
    }

    private Path orders(String name, int lines) throws IOException {
        Path f = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            writeOrders(w, lines);
        }
        return f;
    }

    private Path first() throws IOException {
        return Files.writeString(dir.resolve("first.csv"), "会員番号,受注日,金額\nA,2024/02/01,100\n", StandardCharsets.UTF_8);
    }

    private ImportReport importInto(Project p, Path f) throws Exception {
        return imports.importFile(p, f, DataKind.TRANSACTIONS, TableReader.open(f), null, false, ImportProgress.NONE);
    }

    @Test
    void anImportThatWouldNotFitIsRefusedInWordsAndChangesNothing() throws Exception {
        Path big = orders("big.csv", 50_000);
        try (Project p = Project.create(dir.resolve("shop"))) {
            importInto(p, first());
            long needed = DiskSpace.neededFor(big);
            free.set(needed - 1);
            ImportException e = assertThrows(ImportException.class, () -> importInto(p, big));
            assertTrue(e.getMessage().startsWith("The disk is too full to import big.csv: it needs about "), e.getMessage());
            assertTrue(e.getMessage().endsWith(" are free. Free some space and import again; the project is unchanged."),
                    e.getMessage());
            assertEquals(1, p.imports().all().size());
            assertEquals(1, p.customerCount());

            free.set(needed);
            assertEquals(50_000, importInto(p, big).rowsImported());
        }
    }

    @Test
    void theEstimateCoversWhatAnImportAddsToTheProject() throws Exception {
        Path big = orders("big.csv", 100_000);
        Path project;
        try (Project p = Project.create(dir.resolve("shop"))) {
            project = p.file();
            importInto(p, first());
            long before = Files.size(project);
            importInto(p, big);
            long grown = Files.size(project) - before;
            assertTrue(grown > 0 && grown < DiskSpace.neededFor(big), "grew by " + grown);
        }
    }

    @Test
    void aGzipFileNeedsTheRoomOfTheTextItHolds() throws Exception {
        Path plain = orders("orders.csv", 100_000);
        Path gz = dir.resolve("orders.csv.gz");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(gz)), StandardCharsets.UTF_8)) {
            writeOrders(w, 100_000);
        }
        assertTrue(Files.size(gz) * 4 < Files.size(plain), "the test file compresses");
        assertEquals(DiskSpace.neededFor(plain), DiskSpace.neededFor(gz));
    }
}
