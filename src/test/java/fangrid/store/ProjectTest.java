package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ProjectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTest {
    @TempDir
    Path dir;

    @Test
    void createsOneH2FileAtTheLatestSchemaVersionAndReopensIt() throws Exception {
        try (Project p = Project.create(dir.resolve("shop"))) {
            assertEquals(dir.resolve("shop.mv.db"), p.file());
            assertEquals("shop", p.name());
            assertEquals(new Migrator().latestVersion(), Migrator.currentVersion(p.connection()));
            p.settings().put("k", "v");
        }
        assertTrue(Files.isRegularFile(dir.resolve("shop.mv.db")));
        try (Project p = Project.open(dir.resolve("shop.mv.db"))) {
            assertEquals("v", p.settings().get("k").orElseThrow());
        }
    }

    @Test
    void refusesToCreateOverAnExistingProjectAndToOpenAMissingOne() throws Exception {
        Project.create(dir.resolve("a")).close();
        ProjectException exists = assertThrows(ProjectException.class, () -> Project.create(dir.resolve("a")));
        assertEquals(ProjectException.Reason.EXISTS, exists.reason());
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("missing.mv.db"), e.getMessage());
        assertEquals(ProjectException.Reason.NOT_FOUND, e.reason(), "the window words it by its reason");
        assertEquals(java.util.List.of(dir.resolve("missing.mv.db").toAbsolutePath().normalize()), e.messageArguments());
        assertTrue(Files.notExists(dir.resolve("missing.mv.db")), "opening must not create a file");
    }

    @Test
    void refusesAPathThatWouldInjectH2Settings() {
        ProjectException e = assertThrows(ProjectException.class,
                () -> Project.create(dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'")));
        assertTrue(e.getMessage().contains(";"), e.getMessage());
        assertEquals(ProjectException.Reason.BAD_PATH, e.reason());
    }

    @Test
    void refusesAProjectFromANewerFanGrid() throws Exception {
        try (Project p = Project.create(dir.resolve("future"))) {
            try (Statement s = p.connection().createStatement()) {
                s.execute("INSERT INTO schema_version(version) VALUES (999)");
            }
        }
        byte[] before = Files.readAllBytes(dir.resolve("future.mv.db"));
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("future")));
        assertTrue(e.getMessage().contains("newer FanGrid"), e.getMessage());
        assertEquals(ProjectException.Reason.NEWER_VERSION, e.reason());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("future.mv.db")), "refusing leaves the file as it was");
    }

    @Test
    void aProjectOpenInThisProcessOpensAgainAndOneOpenInAnotherIsRefusedSayingSo() throws Exception {
        try (Project p = Project.create(dir.resolve("busy"))) {
            try (Project again = Project.open(p.file())) {
                assertEquals(p.file(), again.file(), "the window opens a project again before closing the one shown");
            }
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "fangrid.Launcher", "summary", "--project",
                    p.file().toString(), "--json").redirectErrorStream(true).start();
            String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, other.waitFor(), said);
            assertTrue(said.contains("busy.mv.db is already open in another FanGrid window"), said);
        }
    }

    @Test
    void refusesAFolderAndAnotherKindOfFileByName() throws Exception {
        Files.createDirectory(dir.resolve("folder.mv.db"));
        ProjectException folder = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("folder.mv.db")));
        assertTrue(folder.getMessage().endsWith("folder.mv.db is a folder, not a FanGrid project file"), folder.getMessage());

        Files.writeString(dir.resolve("orders.mv.db"), "customer_id,order_id,date,amount\nA,1,2024-01-05,1000\n");
        ProjectException csv = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("orders.mv.db")));
        assertTrue(csv.getMessage().startsWith("orders.mv.db is not a FanGrid project"), csv.getMessage());
    }

    @Test
    void refusesAnotherH2DatabaseWithoutChangingIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("other"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices(id INT PRIMARY KEY, total DECIMAL(10, 2))");
        }
        byte[] before = Files.readAllBytes(dir.resolve("other.mv.db"));
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("other")));
        assertTrue(e.getMessage().startsWith("other.mv.db is not a FanGrid project"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("other.mv.db")));
    }
}
