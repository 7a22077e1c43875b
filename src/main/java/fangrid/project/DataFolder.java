package fangrid.project;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where FanGrid keeps its data on this machine, as the README says: the system property {@code fangrid.home} when
 * given; else on Linux {@code $XDG_DATA_HOME/FanGrid} when that variable is an absolute path, otherwise
 * {@code ~/.local/share/FanGrid}; on Windows {@code %APPDATA%\FanGrid}; on macOS
 * {@code ~/Library/Application Support/FanGrid}.
 *
 * <p>{@code ~} is the user's home as the shell means it: {@code $HOME}. Java's {@code user.home} is read from the
 * password database and ignores {@code HOME}, so it is used only where {@code HOME} is unset or not absolute, or
 * where {@code -Duser.home=DIR} was given on the command line (a deliberate choice, e.g. for a fresh data folder).
 */
final class DataFolder {
    static final String APP = "FanGrid";

    /** What the data folder depends on; {@link #system()} is this JVM's, tests give their own. */
    interface Environment {
        /** A system property, or null. */
        String property(String name);

        /** An environment variable, or null. */
        String variable(String name);

        /** Whether {@code -Dname=…} was given to this JVM (asked only when {@code HOME} and user.home differ). */
        boolean givenOnCommandLine(String property);

        /** This JVM's system properties, environment and command line. */
        static Environment system() {
            return new Environment() {
                @Override
                public String property(String name) {
                    return System.getProperty(name);
                }

                @Override
                public String variable(String name) {
                    return System.getenv(name);
                }

                @Override
                public boolean givenOnCommandLine(String property) {
                    String option = "-D" + property + "=";
                    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .anyMatch(a -> a.startsWith(option));
                }
            };
        }
    }

    private DataFolder() {
    }

    /** The data folder {@code env} points to. */
    static Path locate(Environment env) {
        String override = env.property("fangrid.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = env.property("os.name") == null ? "" : env.property("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = absolute(env.variable("APPDATA"));
            return (appData != null ? appData : Path.of(env.property("user.home"), "AppData", "Roaming")).resolve(APP);
        }
        if (os.contains("mac")) {
            return home(env).resolve("Library/Application Support").resolve(APP);
        }
        Path xdg = absolute(env.variable("XDG_DATA_HOME"));
        return (xdg != null ? xdg : home(env).resolve(".local/share")).resolve(APP);
    }

    /** The user's home on Linux and macOS: {@code $HOME}, unless user.home was set on the command line. */
    private static Path home(Environment env) {
        Path userHome = Path.of(env.property("user.home"));
        Path home = absolute(env.variable("HOME"));
        if (home == null || home.equals(userHome) || env.givenOnCommandLine("user.home")) {
            return userHome;
        }
        return home;
    }

    /** {@code value} as a path when it is an absolute one; the XDG spec says relative ones are to be ignored. */
    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
