package fangrid.project;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The user's FanGrid data folder: projects live in {@code projects/}, and {@code fangrid.properties} remembers
 * the recent projects, the chosen language, where the window was and its zoom. Linux: $XDG_DATA_HOME/FanGrid (~/.local/share/FanGrid);
 * Windows: %APPDATA%\FanGrid; macOS: ~/Library/Application Support/FanGrid. The system property
 * {@code fangrid.home} overrides it (tests, portable installs); {@link DataFolder} has the rule.
 */
public final class AppHome {
    private static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";
    private static final String WINDOW = "window.";
    private static final String DEMO = "demo";
    private static final String ZOOM = "zoom";

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

    /** The data folder of this user on this OS ({@link DataFolder} says where). */
    public static AppHome forCurrentUser() {
        return new AppHome(DataFolder.locate(DataFolder.Environment.system()));
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

    /** Whether demo mode (customers under pseudonyms) was on when last set: it stays on until switched off. */
    public boolean demoMode() {
        return Boolean.parseBoolean(props.getProperty(DEMO, "false"));
    }

    public void setDemoMode(boolean on) throws IOException {
        props.setProperty(DEMO, Boolean.toString(on));
        save();
    }

    /** What is remembered of the main window under {@code name} (its placement per screen size), or "". */
    public String windowSetting(String name) {
        return props.getProperty(WINDOW + name, "");
    }

    /** Remembers these settings of the main window and saves. */
    public void rememberWindow(Map<String, String> settings) throws IOException {
        settings.forEach((name, value) -> props.setProperty(WINDOW + name, value));
        save();
    }

    /** The window's zoom in percent, 100 unless the user changed it. */
    public int zoom() {
        try {
            return Integer.parseInt(props.getProperty(ZOOM, "100").trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Remembers the window's zoom in percent and saves. */
    public void setZoom(int percent) throws IOException {
        props.setProperty(ZOOM, Integer.toString(percent));
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
