package fangrid.store;

import fangrid.domain.DamagedProjectException;
import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One FanGrid project: a single embedded H2 file ({@code NAME.mv.db}) holding imports, customers and settings.
 * An existing file is read from H2's store before H2 opens it ({@link ProjectFile}): one that is damaged, from a newer
 * FanGrid, or that carries anything FanGrid never makes (code that could run) is refused unchanged. Its rows are then
 * checked against its import log through a read-only connection, and only then is it opened for writing and its
 * schema upgraded. A file FanGrid may not write is opened {@link #isReadOnly read-only}; a file locked by another
 * FanGrid gets a clear {@link ProjectException}.
 *
 * <p>A project may be encrypted (H2's AES file encryption, under a {@link ProjectKey} made from a password): it is
 * then opened, inspected and copied with its key only, and a wrong key is refused before H2 opens the file. The key is
 * held while the project is open and overwritten when it closes.
 */
public final class Project implements AutoCloseable {
    /** The extension H2 gives its files; a project is chosen by this file. */
    public static final String EXTENSION = ".mv.db";
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_DATABASE_NOT_FOUND = 90146;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;

    private final Path file;
    private final Connection connection;
    private final boolean temporary;
    /** Why the project may not be changed, or null when it may. */
    private final String readOnlyReason;
    /** The folder holding the copy this project reads ({@link #openReadOnlyCopy}), deleted on close; else null. */
    private final Path copyFolder;
    /** The key of an encrypted project, or null. */
    private final ProjectKey key;

    private Project(Path file, Connection connection, boolean temporary, String readOnlyReason, Path copyFolder,
                    ProjectKey key) {
        this.file = file;
        this.key = key;
        this.connection = connection;
        this.temporary = temporary;
        this.readOnlyReason = readOnlyReason;
        this.copyFolder = copyFolder;
        if (copyFolder == null) {
            OpenProjects.add(file);
        }
    }

    /** Creates a new, empty project at {@code file} ({@code .mv.db} is added if missing). */
    public static Project create(Path file) throws ProjectException {
        return create(file, false, null);
    }

    /**
     * Creates a new, empty project at {@code file}, encrypted with {@code key} unless it is null; the project owns the
     * key (overwrites it when closed, or at once when creating fails).
     */
    public static Project create(Path file, ProjectKey key) throws ProjectException {
        return create(file, false, key);
    }

    /**
     * Creates a project for one import and the analysis of it, {@link #discard discarded} afterwards
     * ({@code analyze --input}). Its import leaves out the lines' fingerprints, which serve only to recognise the
     * lines in a later import of an overlapping export: a seventh of the import's writing work.
     */
    public static Project createTemporary(Path file) throws ProjectException {
        return create(file, true, null);
    }

    private static Project create(Path file, boolean temporary, ProjectKey key) throws ProjectException {
        try {
            return createWith(file, temporary, key);
        } catch (ProjectException | RuntimeException e) {
            destroy(key);
            releaseKeyUnlessOpen(withExtension(file));
            throw e;
        }
    }

    private static Project createWith(Path file, boolean temporary, ProjectKey key) throws ProjectException {
        Path f = withExtension(file);
        if (Files.exists(f)) {
            throw new ProjectException(ProjectException.Reason.EXISTS, "A project already exists at " + f, null, f);
        }
        try {
            Files.createDirectories(f.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ProjectException("Cannot create the folder for " + f + ": " + IoReasons.of(e), e);
        }
        return upgraded(f, connect(f, Access.CREATE, key), temporary, null, null, key);
    }

    /**
     * Opens an existing project file, read-only when FanGrid may not write it (see {@link #isReadOnly}).
     *
     * @throws DamagedProjectException when the file is damaged or cut short; it is left as it was
     */
    public static Project open(Path file) throws ProjectException {
        return open(file, null);
    }

    /**
     * Opens an existing project file as {@link #open(Path)} does, with the key of an encrypted one (ignored for a
     * plain file). The project owns the key: it is overwritten when the project closes, or at once when opening fails.
     *
     * @throws ProjectException with {@link ProjectException.Reason#PASSWORD_NEEDED} for an encrypted file without a
     *                          key, {@link ProjectException.Reason#WRONG_PASSWORD} for a wrong key; the file is left
     *                          as it was
     */
    public static Project open(Path file, ProjectKey key) throws ProjectException {
        try {
            return openWith(file, key);
        } catch (ProjectException | RuntimeException e) {
            destroy(key);
            releaseKeyUnlessOpen(withExtension(file));
            throw e;
        }
    }

    private static Project openWith(Path file, ProjectKey given) throws ProjectException {
        Path f = existing(file);
        if (OpenProjects.contains(f)) {
            // the file is locked by H2 and cannot be looked at: the key must be the one it is open with
            ProjectKey key = EncryptedFiles.sameKey(f, given);
            String readOnly = readOnlyReason(f);
            return readOnly != null ? new Project(f, connect(f, Access.READ, key), false, readOnly, null, key)
                    : upgraded(f, connect(f, Access.WRITE, key), false, null, null, key);
        }
        ProjectKey key = keyFor(f, given);
        Migrator migrator = new Migrator();
        int version = ProjectFile.inspect(f, false, key);
        if (version > migrator.latestVersion()) {
            throw migrator.newer(version);
        }
        String readOnly = readOnlyReason(f);
        if (readOnly != null && version < migrator.latestVersion()) {
            throw new ProjectException(readOnly + ", but it was saved by an earlier FanGrid and must be upgraded to be"
                    + " opened. Make the file writable, or copy it somewhere you may write, and open it again.");
        }
        Connection c = connect(f, Access.READ, key);
        try {
            ProjectIntegrity.check(c, f.getFileName().toString());
            if (readOnly != null) {
                return new Project(f, c, false, readOnly, null, key);
            }
        } catch (ProjectException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        closeQuietly(c);
        return upgraded(f, connect(f, Access.WRITE, key), false, null, null, key);
    }

    /** The key to open {@code f} with: the one given for an encrypted file, none for a plain one. */
    private static ProjectKey keyFor(Path f, ProjectKey given) throws ProjectException {
        if (given != null && !ProjectFile.isEncrypted(f)) {
            given.destroy();
            return null;
        }
        return given;
    }

    private static void destroy(ProjectKey key) {
        if (key != null) {
            key.destroy();
        }
    }

    /**
     * Opens a copy of a {@link DamagedProjectException damaged} project to show what H2 can still read of it: the copy
     * is made in a temporary folder and deleted on close, the project cannot be changed, and the file itself is
     * neither opened nor written. What it holds is still inspected as any project file is.
     */
    public static Project openReadOnlyCopy(Path file) throws ProjectException {
        return openReadOnlyCopy(file, null);
    }

    /**
     * Opens a read-only copy of a damaged project as {@link #openReadOnlyCopy(Path)} does, with the key of an encrypted
     * one; the copy stays encrypted. The project owns the key.
     */
    public static Project openReadOnlyCopy(Path file, ProjectKey key) throws ProjectException {
        try {
            return openReadOnlyCopyWith(file, key);
        } catch (ProjectException | RuntimeException e) {
            destroy(key);
            throw e;
        }
    }

    private static Project openReadOnlyCopyWith(Path file, ProjectKey given) throws ProjectException {
        Path f = existing(file);
        ProjectKey key = keyFor(f, given);
        Path folder;
        try {
            folder = Files.createTempDirectory("fangrid-copy");
        } catch (IOException e) {
            throw new ProjectException("Cannot make a copy of " + f.getFileName() + ": " + IoReasons.of(e), e);
        }
        try {
            Path copy = folder.resolve(f.getFileName());
            Files.copy(f, copy);
            Migrator migrator = new Migrator();
            int version = ProjectFile.inspect(copy, true, key);
            if (version > migrator.latestVersion()) {
                throw migrator.newer(version);
            }
            String reason = f.getFileName() + " is shown from a read-only copy of what could still be read of it";
            return upgraded(f, connect(copy, Access.WRITE, key), false, reason, folder, key);
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new ProjectException("Cannot make a copy of " + f.getFileName() + ": " + IoReasons.of(e), e);
        } catch (ProjectException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    static Path existing(Path file) throws ProjectException {
        Path f = withExtension(file);
        if (Files.isDirectory(f)) {
            throw new ProjectException(f + " is a folder, not a FanGrid project file");
        }
        if (!Files.isRegularFile(f)) {
            throw new ProjectException(ProjectException.Reason.NOT_FOUND, "No FanGrid project at " + f, null, f);
        }
        return f;
    }

    /**
     * Why FanGrid may not write {@code f}, or null. A file nobody may write counts as read-only even to a user who
     * could write it anyway (an administrator): whoever marked it so meant it to stay as it is.
     */
    static String readOnlyReason(Path f) {
        boolean writable = Files.isWritable(f);
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
            writable &= p.contains(PosixFilePermission.OWNER_WRITE) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: Files.isWritable has read the file's read-only attribute
        }
        return writable ? null : f.getFileName() + " is read-only (its file may not be changed)";
    }

    /** Opens the project at {@code file}, creating it when there is none. */
    public static Project openOrCreate(Path file) throws ProjectException {
        return openOrCreate(file, null);
    }

    /** Opens the project at {@code file} with {@code key}, creating one encrypted with it when there is none. */
    public static Project openOrCreate(Path file, ProjectKey key) throws ProjectException {
        return Files.exists(withExtension(file)) ? open(file, key) : create(file, key);
    }

    /** The project file with H2's extension, e.g. {@code shop.mv.db}. */
    public static Path withExtension(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getFileName().toString().endsWith(EXTENSION) ? abs : abs.resolveSibling(abs.getFileName() + EXTENSION);
    }

    /** How a connection opens its file. */
    enum Access { CREATE, READ, WRITE }

    /** Brings the schema up to date and removes imports that never completed, then wraps the connection. */
    private static Project upgraded(Path f, Connection c, boolean temporary, String readOnlyReason, Path copyFolder,
                                    ProjectKey key) throws ProjectException {
        try {
            Migrator migrator = new Migrator();
            migrator.migrate(c, migrator.latestVersion());
            new ImportLogRepository(c).removeIncomplete();
            return new Project(f, c, temporary, readOnlyReason, copyFolder, key);
        } catch (SQLException e) {
            // the free space is taken before closing: H2 gives back the file's unused end as it closes
            long free = DiskFull.freeBytesBeside(f);
            closeQuietly(c);
            if (DiskFull.explains(e, free)) {
                throw diskFullOnOpening(f, e);
            }
            throw new ProjectException("Cannot open " + f + " as a FanGrid project: " + e.getMessage(), e);
        } catch (ProjectException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Connects H2 to {@code f}. An encrypted file is opened through {@link EncryptedFiles}, which holds its key while it
     * is open (never in the URL, which H2 repeats in its messages); and it gets no trace file, which H2 would write
     * beside it in plain text (with SQL in it).
     */
    static Connection connect(Path f, Access access, ProjectKey key) throws ProjectException {
        String base = f.toString().substring(0, f.toString().length() - EXTENSION.length());
        // The path goes into a JDBC URL, where ';' would start H2 settings such as INIT=: never let it through.
        if (base.indexOf(';') >= 0) {
            throw new ProjectException(ProjectException.Reason.BAD_PATH, "A project path may not contain ';': " + f, null, f);
        }
        Properties props = new Properties();
        props.setProperty("IFEXISTS", access == Access.CREATE ? "FALSE" : "TRUE");
        // H2 2.3.232 moves chunks to shrink the file when it closes, and that move can leave the file naming chunks
        // it no longer holds (h2database#4086, #4247: an AssertionError in moveChunkInside, rows lost on reopening);
        // a project is closed without it. The file then keeps its free space for later writes instead of shrinking.
        props.setProperty("MAX_COMPACT_TIME", "0");
        if (access == Access.READ) {
            props.setProperty("ACCESS_MODE_DATA", "r");
        }
        String url = "jdbc:h2:file:" + base;
        if (key != null) {
            EncryptedFiles.hold(f, key);
            url = "jdbc:h2:" + EncryptedFiles.SCHEME + ":" + base;
            props.setProperty("TRACE_LEVEL_FILE", "0");
        }
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            if (key != null && (e.getErrorCode() == H2_FILE_ENCRYPTION_ERROR
                    || e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD)) {
                throw ProjectFile.wrongPassword(f);
            }
            if (key == null && e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD) {
                throw ProjectFile.passwordNeeded(f);
            }
            if (e.getErrorCode() == H2_DATABASE_IN_USE) {
                throw inUse(f, e);
            }
            if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                throw new ProjectException(ProjectException.Reason.NOT_FOUND, "No FanGrid project at " + f, e, f);
            }
            if (e.getErrorCode() == H2_FILE_CORRUPTED) {
                throw new DamagedProjectException(f.getFileName() + " is damaged: FanGrid cannot read it ("
                        + e.getMessage() + "). Copy it again from where it came from.", false);
            }
            if (access != Access.READ && DiskFull.explains(e, DiskFull.freeBytesBeside(f))) {
                throw diskFullOnOpening(f, e);
            }
            throw new ProjectException("Cannot open " + f + " as a FanGrid project: " + e.getMessage(), e);
        }
    }

    /** Opening needs to write (H2 rolls back what an interrupted import left, FanGrid removes that import). */
    private static ProjectException diskFullOnOpening(Path f, SQLException e) {
        return new ProjectException("The disk holding " + f + " is full: opening the project needs some free"
                + " space (to remove an import that did not finish). Free some space and open it again.", e);
    }

    /** The refusal of a file another FanGrid has open. */
    static ProjectException inUse(Path f, Exception cause) {
        return new ProjectException(ProjectException.Reason.IN_USE, "The project " + f.getFileName()
                + " is already open in another FanGrid window. Close it there first.", cause, f.getFileName());
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

    /** Whether FanGrid may not change this project: its file is read-only, or it is a copy of a damaged one. */
    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** Why this project may not be changed, in the user's words, or null when it may. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** Whether the project file is encrypted. */
    public boolean isEncrypted() {
        return key != null;
    }

    /** A copy of the key of this encrypted project (null for a plain one), for its caller to open it again with. */
    public ProjectKey copyOfKey() {
        return key == null ? null : key.copy();
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

    /** The project's six-month plans. */
    public PlanRepository plans() {
        return new PlanRepository(connection);
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
        try {
            connection.close();
        } finally {
            closed();
        }
    }

    private void closed() {
        destroy(key);
        if (copyFolder != null) {
            EncryptedFiles.release(copyFolder.resolve(file.getFileName()));
            deleteQuietly(copyFolder);
        } else {
            OpenProjects.remove(file);
            releaseKeyUnlessOpen(file);
        }
    }

    /** Forgets the key of {@code f} once no project here has it open. */
    private static void releaseKeyUnlessOpen(Path f) {
        if (!OpenProjects.contains(f)) {
            EncryptedFiles.release(f);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a copy left in the temporary folder is removed with it
        }
    }

    /**
     * Closes a temporary project that is deleted next: without the tidying and syncing to disk a close does so that
     * the file is small and safe (a third of the time {@code analyze --input} spends after its analysis).
     */
    public void discard() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } finally {
            try {
                connection.close();
            } finally {
                closed();
            }
        }
    }
}
