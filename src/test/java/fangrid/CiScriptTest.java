package fangrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code .ci/run} installs a JDK 17 unless {@code javac} of version 17 or newer is there: {@code java} alone (a JRE)
 * or an older JDK passes a check for {@code java} and fails at compile time. Run against stand-ins for java, javac,
 * mvn and apt-get that only say how they were called.
 */
class CiScriptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"none, true", "javac 11.0.22, true", "javac 1.8.0_292, true", "javac 17.0.15, false", "javac 21.0.4, false"})
    void installsAJdk17UnlessJavac17OrNewerIsThere(String javac, boolean installs) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        standIn(bin, "java", "echo 'openjdk version \"17\"'");
        if (!javac.equals("none")) {
            standIn(bin, "javac", "echo '" + javac + "'");
        }
        standIn(bin, "mvn", "echo \"mvn $*\"");
        standIn(bin, "apt-get", "echo \"apt-get $*\"");
        for (String tool : new String[] {"dirname", "sed"}) {
            Files.createSymbolicLink(bin.resolve(tool), Paths.get("/usr/bin", tool));
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", Paths.get(".ci/run").toAbsolutePath().toString())
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script ends");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(installs, out.contains("apt-get install -y -qq openjdk-17-jdk-headless"), out);
        if (!installs) {
            assertTrue(out.contains("mvn -B verify"), out);
            assertFalse(out.contains("apt-get update"), out);
        }
    }

    private static void standIn(Path bin, String name, String body) throws Exception {
        Path f = Files.writeString(bin.resolve(name), "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
