package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
    @TempDir
    Path dir;

    @Test
    void splitsScriptsAtLineEndingSemicolonsAndDropsComments() {
        assertArrayEquals(new String[] {"CREATE TABLE a (x INT)", "CREATE TABLE b (y VARCHAR(5) DEFAULT ';')"},
                Migrator.statements("-- first\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y VARCHAR(5) DEFAULT ';');\n"));
    }

    @Test
    void upgradesStepByStepFromAnyEarlierVersionAndRecordsEachStep() throws Exception {
        Migrator m = new Migrator();
        assertTrue(m.latestVersion() >= 1);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("old"))) {
            m.migrate(c, 0);
            assertEquals(0, Migrator.currentVersion(c));
            m.migrate(c, 1);
            assertEquals(1, Migrator.currentVersion(c));
            m.migrate(c, m.latestVersion());
            assertEquals(m.latestVersion(), Migrator.currentVersion(c));
            m.migrate(c, m.latestVersion());
            assertEquals(m.latestVersion(), Migrator.currentVersion(c), "migrating again changes nothing");
        }
    }
}
