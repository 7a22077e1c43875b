package fangrid.store;

import fangrid.domain.ProjectException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Creates and upgrades a project's schema with the numbered scripts {@code migration/V1.sql}, {@code V2.sql}, …
 * Each script runs in its own transaction and is recorded in {@code schema_version}.
 */
public final class Migrator {
    private static final String SCRIPT = "migration/V%d.sql";

    /** Work a script cannot do, run after it in the same transaction. */
    private static final Map<Integer, JavaStep> JAVA_STEPS = Map.of(2, LegacyOrderLines::convert, 3, CustomerIdConstraint::drop);

    private interface JavaStep {
        void run(Connection c) throws SQLException;
    }

    private final int latest;

    public Migrator() {
        int n = 0;
        while (Migrator.class.getResource(String.format(SCRIPT, n + 1)) != null) {
            n++;
        }
        this.latest = n;
    }

    /** The version the scripts shipped with this app lead to. */
    public int latestVersion() {
        return latest;
    }

    /** The version a database is at, 0 for an empty one. */
    public static int currentVersion(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "SCHEMA_VERSION", null)) {
            if (!rs.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Brings the database up to {@code target}; refuses a database newer than this app knows. */
    public void migrate(Connection c, int target) throws SQLException, ProjectException {
        int current = currentVersion(c);
        if (current > latest) {
            throw newer(current);
        }
        if (current == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE"
                        + " DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            }
        }
        for (int v = current + 1; v <= Math.min(target, latest); v++) {
            apply(c, v);
        }
    }

    /** The refusal of a project at schema version {@code version}, newer than this FanGrid knows. */
    ProjectException newer(int version) {
        return new ProjectException(ProjectException.Reason.NEWER_VERSION, "This project was saved by a newer FanGrid"
                + " (schema version " + version + "); this FanGrid reads up to version " + latest + ". Please update"
                + " FanGrid. The file has not been changed.", null, version, latest);
    }

    private void apply(Connection c, int version) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(read(version))) {
                s.execute(sql);
            }
            JavaStep step = JAVA_STEPS.get(version);
            if (step != null) {
                step.run(c);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version) VALUES (?)")) {
                p.setInt(1, version);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String read(int version) {
        try (InputStream in = Migrator.class.getResourceAsStream(String.format(SCRIPT, version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration script V" + version + " is unreadable", e);
        }
    }

    /** Splits a script at semicolons that end a line, dropping {@code --} comment lines. */
    static String[] statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(sb.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
