package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.SmallDisk;
import fangrid.store.Project;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 10 through the command line: a full disk is bad input in words (exit 2), not an internal error. */
class FullDiskCommandTest {
    @TempDir
    Path dir;

    @Test
    void importOntoADiskWithoutRoomForTheFileExits2SayingSo() throws Exception {
        Path large = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            w.write("会員番号,受注日,金額\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("M" + i % 50_000 + ",2024/01/" + (1 + i % 28) + ",100\n");
            }
        }
        Path first = Files.writeString(dir.resolve("first.csv"), "会員番号,受注日,金額\nA,2024/02/01,100\n",
                StandardCharsets.UTF_8);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 16)) {
            Path project = disk.folder().resolve("shop");
            assertEquals(FanGridCli.OK, CliRun.of("import", "--project", project.toString(), "--kind", "transactions",
                    first.toString()).exit());

            CliRun r = CliRun.of("import", "--project", project.toString(), "--kind", "transactions", large.toString());
            assertEquals(FanGridCli.BAD_INPUT, r.exit(), r.err());
            assertTrue(r.err().startsWith("Not imported: The disk is too full to import large.csv: it needs about "),
                    r.err());
            try (Project p = Project.open(project)) {
                assertEquals(1, p.imports().all().size());
                assertEquals(1, p.customerCount());
            }
        }
    }
}
