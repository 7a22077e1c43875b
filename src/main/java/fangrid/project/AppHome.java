package fangrid.project;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The user's FanGrid data folder: projects live in {@code projects/}, and {@code fangrid.properties} remembers
 * the recent projects and the chosen language. Linux: $XDG_DATA_HOME/FanGrid (~/.local/share/FanGrid);
 * Windows: %APPDATA%\FanGrid; macOS: ~/Library/Application Support/FanGrid. The system property
 * {@code fangrid.home} overrides it (tests, portable installs).
 */
public final class AppHome {
    private static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";

    private final Path dir;
    private final Properties props = new Properties();

    public AppHome(Path dir) {
        this.dir = dir;
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable settings file only loses the recent list; the projects themselves are untouched.
                props.clear();
            }
        }
    }

    /** The data folder of this user on this OS. */
    public static AppHome forCurrentUser() {
        String override = System.getProperty("fangrid.home");
        if (override != null && !override.isBlank()) {
            return new AppHome(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return new AppHome((appData != null ? Path.of(appData) : home).resolve("FanGrid"));
        }
        if (os.contains("mac")) {
            return new AppHome(home.resolve("Library/Application Support/FanGrid"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppHome((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("FanGrid"));
    }

    public Path dir() {
        return dir;
    }

    /** Where new projects go by default. */
    public Path projectsDir() {
        return dir.resolve("projects");
    }

    private Path file() {
        return dir.resolve("fangrid.properties");
    }

    /** Recent project files, most recent first, only those that still exist. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = props.getProperty(RECENT + i);
            if (p != null && Files.isRegularFile(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts {@code project} at the top of the recent list and saves. */
    public void rememberProject(Path project) throws IOException {
        List<Path> list = new ArrayList<>(recentProjects());
        Path abs = project.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        props.stringPropertyNames().stream().filter(k -> k.startsWith(RECENT)).forEach(props::remove);
        for (int i = 0; i < Math.min(list.size(), MAX_RECENT); i++) {
            props.setProperty(RECENT + i, list.get(i).toString());
        }
        save();
    }

    /** The language the user chose in the menu, or empty to follow the OS. */
    public String language() {
        return props.getProperty(LANGUAGE, "");
    }

    public void setLanguage(String language) throws IOException {
        props.setProperty(LANGUAGE, language);
        save();
    }

    private void save() throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "fangrid", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(w, "FanGrid");
        }
        Files.move(tmp, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
