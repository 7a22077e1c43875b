package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data folder's rule for each OS, on environments given by hand (AppHomeTest tries Linux's in a real JVM). */
class DataFolderTest {
    /** An OS with system properties, environment variables and the properties given on the command line. */
    private record Machine(Map<String, String> properties, Map<String, String> variables, Set<String> given)
            implements DataFolder.Environment {
        static Machine of(String os, String userHome) {
            Map<String, String> props = new HashMap<>(Map.of("os.name", os, "user.home", userHome));
            return new Machine(props, new HashMap<>(), new java.util.HashSet<>());
        }

        Machine variable(String name, String value) {
            variables.put(name, value);
            return this;
        }

        Machine commandLine(String name, String value) {
            properties.put(name, value);
            given.add(name);
            return this;
        }

        @Override
        public String property(String name) {
            return properties.get(name);
        }

        @Override
        public String variable(String name) {
            return variables.get(name);
        }

        @Override
        public boolean givenOnCommandLine(String property) {
            return given.contains(property);
        }
    }

    private static String folder(Machine m) {
        return DataFolder.locate(m).toString();
    }

    @Test
    void linuxFollowsXdgDataHomeThenHomeThenUserHome() {
        assertEquals("/xdg/FanGrid", folder(Machine.of("Linux", "/pw").variable("HOME", "/h").variable("XDG_DATA_HOME", "/xdg")));
        assertEquals("/h/.local/share/FanGrid", folder(Machine.of("Linux", "/pw").variable("HOME", "/h")
                .variable("XDG_DATA_HOME", "data")), "a relative XDG_DATA_HOME is ignored");
        assertEquals("/h/.local/share/FanGrid", folder(Machine.of("Linux", "/pw").variable("HOME", "/h")
                .variable("XDG_DATA_HOME", " ")));
        assertEquals("/pw/.local/share/FanGrid", folder(Machine.of("Linux", "/pw")), "no HOME: Java's user.home");
        assertEquals("/pw/.local/share/FanGrid", folder(Machine.of("Linux", "/pw").variable("HOME", "h")),
                "a relative HOME is no home");
    }

    @Test
    void userHomeGivenOnTheCommandLineBeatsHomeButNotXdgDataHome() {
        assertEquals("/fresh/.local/share/FanGrid", folder(Machine.of("Linux", "/pw").variable("HOME", "/h")
                .commandLine("user.home", "/fresh")));
        assertEquals("/xdg/FanGrid", folder(Machine.of("Linux", "/pw").variable("XDG_DATA_HOME", "/xdg")
                .commandLine("user.home", "/fresh")));
    }

    @Test
    void fangridHomeBeatsEverything() {
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals("/portable", folder(Machine.of(os, "/pw").variable("XDG_DATA_HOME", "/xdg")
                    .variable("APPDATA", "/appdata").commandLine("fangrid.home", "/portable")), os);
        }
    }

    @Test
    void windowsUsesAppDataAndMacOsItsApplicationSupport() {
        assertEquals(Path.of("/appdata", "FanGrid").toString(), folder(Machine.of("Windows 11", "/pw")
                .variable("APPDATA", "/appdata").variable("XDG_DATA_HOME", "/xdg")));
        assertEquals(Path.of("/pw", "AppData", "Roaming", "FanGrid").toString(), folder(Machine.of("Windows 10", "/pw")),
                "no APPDATA: where Windows puts it under the profile");
        assertEquals("/h/Library/Application Support/FanGrid", folder(Machine.of("Mac OS X", "/pw")
                .variable("HOME", "/h").variable("XDG_DATA_HOME", "/xdg")));
    }
}
