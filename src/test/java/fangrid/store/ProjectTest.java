package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ProjectException;
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
    void refusesAFileThatCarriesATrigger() throws Exception {
        Project.create(dir.resolve("client")).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("client"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER t BEFORE INSERT ON setting FOR EACH ROW CALL '" + NoOpTrigger.class.getName() + "'");
        }
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("client")));
        assertTrue(e.getMessage().contains("triggers"), e.getMessage());
        assertEquals(ProjectException.Reason.UNSAFE, e.reason());
    }

    @Test
    void refusesAProjectFromANewerFanGrid() throws Exception {
        try (Project p = Project.create(dir.resolve("future"))) {
            try (Statement s = p.connection().createStatement()) {
                s.execute("INSERT INTO schema_version(version) VALUES (999)");
            }
        }
        ProjectException e = assertThrows(ProjectException.class, () -> Project.open(dir.resolve("future")));
        assertTrue(e.getMessage().contains("newer FanGrid"), e.getMessage());
        assertEquals(ProjectException.Reason.NEWER_VERSION, e.reason());
    }
}
