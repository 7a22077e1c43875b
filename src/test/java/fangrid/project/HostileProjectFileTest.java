package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.cli.FanGridCli;
import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A project file from someone else is inspected before H2 makes anything in it: each kind of stored code is refused
 * with a message that names it, its payload never runs (neither when the window or a command opens the file, nor
 * when FanGrid then reads or writes the tables it replaced), and the file is left as it was.
 */
class HostileProjectFileTest {
    @TempDir
    Path dir;
    private Path target;

    @BeforeEach
    void namePayloadTarget() {
        target = dir.resolve("payload-ran.txt");
        System.setProperty(PayloadTrigger.TARGET, target.toString());
    }

    @AfterEach
    void forgetPayloadTarget() {
        System.clearProperty(PayloadTrigger.TARGET);
    }

    @ParameterizedTest
    @EnumSource(HostileProjects.class)
    void isRefusedBeforeItsCodeRuns(HostileProjects kind) throws Exception {
        Path file = kind.make(dir.resolve("client.mv.db"), target);
        byte[] before = Files.readAllBytes(file);

        int exit = FanGridCli.run("summary", "--project", file.toString(), "--json");
        assertFalse(Files.exists(target), "summary ran the payload of a " + kind);
        assertEquals(FanGridCli.BAD_INPUT, exit, "summary of a project with a " + kind);

        ProjectException e = assertThrows(ProjectException.class, () -> {
            try (ProjectSession s = ProjectSession.open(file)) {
                s.analysis();
                s.setLanguage("en");
                s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            }
        });
        assertFalse(Files.exists(target), "opening ran the payload of a " + kind);
        assertTrue(e.getMessage().contains(kind.words), e.getMessage());
        assertTrue(e.getMessage().contains("client.mv.db"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "a refused file is left as it was");
    }

    private Path orders() throws Exception {
        Path f = dir.resolve("orders.csv");
        Files.writeString(f, "customer_id,order_id,date,amount\nA,1,2024-01-05,1000\n", StandardCharsets.UTF_8);
        return f;
    }
}
