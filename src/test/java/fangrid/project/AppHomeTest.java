package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    /*
     * The next tests start a JVM as a user would, with a changed environment: Java's user.home comes from the
     * password database, so only a real process shows whether HOME and XDG_DATA_HOME are followed.
     */

    @Test
    void onLinuxTheDataFolderFollowsHomeAsTheReadmeSays() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(home.resolve(".local/share/FanGrid").toString(),
                dataFolderOfAJvm(Map.of("HOME", home.toString())));
    }

    @Test
    void onLinuxXdgDataHomeWinsWhenAbsolute() throws Exception {
        Path xdg = dir.resolve("xdg");
        assertEquals(xdg.resolve("FanGrid").toString(), dataFolderOfAJvm(Map.of("HOME", dir.resolve("home").toString(),
                "XDG_DATA_HOME", xdg.toString())));
        assertEquals(dir.resolve("home/.local/share/FanGrid").toString(), dataFolderOfAJvm(
                Map.of("HOME", dir.resolve("home").toString(), "XDG_DATA_HOME", "relative/data")),
                "a relative XDG_DATA_HOME is ignored, as the XDG spec says");
    }

    @Test
    void userHomeGivenOnTheCommandLineAndFangridHomeStillChooseTheFolder() throws Exception {
        Path fresh = dir.resolve("fresh");
        assertEquals(fresh.resolve(".local/share/FanGrid").toString(),
                dataFolderOfAJvm(Map.of("HOME", dir.resolve("home").toString()), "-Duser.home=" + fresh));
        assertEquals(dir.resolve("portable").toString(), dataFolderOfAJvm(Map.of("XDG_DATA_HOME", dir.toString()),
                "-Dfangrid.home=" + dir.resolve("portable")));
    }

    /** What {@link AppHome#forCurrentUser()} says in a new JVM with {@code env} (XDG_DATA_HOME unset unless given). */
    private static String dataFolderOfAJvm(Map<String, String> env, String... jvmOptions) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "Linux's rule");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(classDir(AppHome.class) + File.pathSeparator + classDir(PrintDataFolder.class));
        command.add(PrintDataFolder.class.getName());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static String classDir(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Prints the data folder of the JVM it runs in. */
    static final class PrintDataFolder {
        public static void main(String[] args) {
            System.out.print(AppHome.forCurrentUser().dir());
        }
    }
}
