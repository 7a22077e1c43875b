package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppHomeTest {
    @TempDir
    Path dir;

    @Test
    void remembersRecentProjectsMostRecentFirstAcrossRestarts() throws Exception {
        Path a = Files.createFile(dir.resolve("a.mv.db"));
        Path b = Files.createFile(dir.resolve("b.mv.db"));
        AppHome home = new AppHome(dir.resolve("home"));
        home.rememberProject(a);
        home.rememberProject(b);
        home.rememberProject(a);
        home.setLanguage("ja");
        AppHome again = new AppHome(dir.resolve("home"));
        assertEquals(List.of(a, b), again.recentProjects());
        assertEquals("ja", again.language());
        Files.delete(b);
        assertEquals(List.of(a), again.recentProjects(), "a deleted project drops out of the list");
    }
}
