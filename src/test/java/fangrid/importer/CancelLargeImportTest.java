package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fangrid.domain.DataKind;
import fangrid.domain.ImportCancelledException;
import fangrid.domain.ImportProgress;
import fangrid.importer.read.TableReader;
import fangrid.store.Project;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 1 in the window's way of stopping: it cancels through {@link ImportProgress#cancelled}, polled every
 * few thousand rows, while the reading thread is far ahead with a full queue. The import must end, unchanged.
 */
class CancelLargeImportTest {
    @TempDir
    Path dir;

    @Test
    void cancellingALargeImportEndsItAndChangesNothing() throws Exception {
        Path large = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            w.write("会員番号,受注日,金額\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("M" + i % 50_000 + ",2024/01/" + (1 + i % 28) + ",100\n");
            }
        }
        ImportProgress cancelAfter50000Rows = new ImportProgress() {
            private long read;

            @Override
            public void rowsRead(long rows) {
                read = rows;
            }

            @Override
            public boolean cancelled() {
                return read >= 50_000;
            }
        };
        try (Project p = Project.create(dir.resolve("shop"))) {
            ImportCancelledException e = assertThrows(ImportCancelledException.class, () -> assertTimeoutPreemptively(
                    Duration.ofSeconds(60), () -> new ImportService().importFile(p, large, DataKind.TRANSACTIONS,
                            TableReader.open(large), null, false, cancelAfter50000Rows)));
            assertEquals("Import of large.csv cancelled; the project is unchanged.", e.getMessage());
            assertEquals(0, p.imports().all().size());
            assertEquals(0, p.customerCount());
        }
    }
}
