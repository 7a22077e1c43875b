package fangrid.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One FanGrid project: a single embedded H2 file ({@code NAME.mv.db}) holding imports, customers and settings.
 * Opening upgrades the schema; a file locked by another FanGrid gets a clear {@link ProjectException}.
 */
public final class Project implements AutoCloseable {
    /** The extension H2 gives its files; a project is chosen by this file. */
    public static final String EXTENSION = ".mv.db";
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    private final Path file;
    private final Connection connection;
    private final boolean temporary;

    private Project(Path file, Connection connection, boolean temporary) {
        this.file = file;
        this.connection = connection;
        this.temporary = temporary;
    }

    /** Creates a new, empty project at {@code file} ({@code .mv.db} is added if missing). */
    public static Project create(Path file) throws ProjectException {
        return create(file, false);
    }

    /**
     * Creates a project for one import and the analysis of it, {@link #discard discarded} afterwards
     * ({@code analyze --input}). Its import leaves out the lines' fingerprints, which serve only to recognise the
     * lines in a later import of an overlapping export: a seventh of the import's writing work.
     */
    public static Project createTemporary(Path file) throws ProjectException {
        return create(file, true);
    }

    private static Project create(Path file, boolean temporary) throws ProjectException {
        Path f = withExtension(file);
        if (Files.exists(f)) {
            throw new ProjectException("A project already exists at " + f);
        }
        try {
            Files.createDirectories(f.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new ProjectException("Cannot create the folder for " + f + ": " + e.getMessage(), e);
        }
        return connect(f, true, temporary);
    }

    /** Opens an existing project file. */
    public static Project open(Path file) throws ProjectException {
        Path f = withExtension(file);
        if (!Files.isRegularFile(f)) {
            throw new ProjectException("No FanGrid project at " + f);
        }
        return connect(f, false, false);
    }

    /** Opens the project at {@code file}, creating it when there is none. */
    public static Project openOrCreate(Path file) throws ProjectException {
        return Files.exists(withExtension(file)) ? open(file) : create(file);
    }

    /** The project file with H2's extension, e.g. {@code shop.mv.db}. */
    public static Path withExtension(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getFileName().toString().endsWith(EXTENSION) ? abs : abs.resolveSibling(abs.getFileName() + EXTENSION);
    }

    private static Project connect(Path f, boolean create, boolean temporary) throws ProjectException {
        String base = f.toString().substring(0, f.toString().length() - EXTENSION.length());
        // The path goes into a JDBC URL, where ';' would start H2 settings such as INIT=: never let it through.
        if (base.indexOf(';') >= 0) {
            throw new ProjectException("A project path may not contain ';': " + f);
        }
        Properties props = new Properties();
        props.setProperty("IFEXISTS", create ? "FALSE" : "TRUE");
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:h2:file:" + base, props);
            if (!create) {
                ProjectSafety.check(c, f);
            }
            Migrator migrator = new Migrator();
            migrator.migrate(c, migrator.latestVersion());
            new ImportLogRepository(c).removeIncomplete();
            return new Project(f, c, temporary);
        } catch (SQLException e) {
            closeQuietly(c);
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw new ProjectException("The project " + f.getFileName()
                        + " is already open in another FanGrid window. Close it there first.", e);
            }
            if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                throw new ProjectException("No FanGrid project at " + f, e);
            }
            if (DiskFull.explains(e, DiskFull.freeBytesBeside(f))) {
                throw new ProjectException("The disk holding " + f + " is full: opening the project needs some free"
                        + " space (to remove an import that did not finish). Free some space and open it again.", e);
            }
            throw new ProjectException("Cannot open " + f + " as a FanGrid project: " + e.getMessage(), e);
        } catch (ProjectException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
        }
    }

    /** Whether this is a {@link #createTemporary temporary} project. */
    public boolean isTemporary() {
        return temporary;
    }

    public Path file() {
        return file;
    }

    /** The project's name as shown in the title bar: the file name without its extension. */
    public String name() {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - EXTENSION.length());
    }

    /** The project's connection; one connection per open project, used from one worker thread at a time. */
    public Connection connection() {
        return connection;
    }

    public SettingsRepository settings() {
        return new SettingsRepository(connection);
    }

    public ImportLogRepository imports() {
        return new ImportLogRepository(connection);
    }

    /** The segments users saved in this project. */
    public SavedSegmentRepository segments() {
        return new SavedSegmentRepository(connection);
    }

    /** The number of people the project knows. */
    public int customerCount() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /**
     * Closes a temporary project that is deleted next: without the tidying and syncing to disk a close does so that
     * the file is small and safe (a third of the time {@code analyze --input} spends after its analysis).
     */
    public void discard() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } finally {
            connection.close();
        }
    }
}
