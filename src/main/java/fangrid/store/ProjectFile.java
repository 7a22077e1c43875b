package fangrid.store;

import fangrid.domain.DamagedProjectException;
import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.SearchRow;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.h2.value.VersionedValue;

/**
 * An existing project file read straight from H2's store, read-only, before H2 opens it as a database: no SQL runs,
 * no object in it is made and not a byte of it changes. It refuses what is not a FanGrid project, what is damaged
 * and what carries anything FanGrid never makes ({@link ProjectSafety}), and tells its schema version, so that a
 * project from a newer FanGrid is refused unchanged too.
 */
final class ProjectFile {
    /** H2's system table, which holds the SQL of every object of the database. */
    private static final String SCHEMA_MAP = "table.0";
    /** The size of a block of H2's store; the file starts with two blocks holding its header. */
    private static final int HEADER_BLOCK = 4096;
    /** How H2 starts an encrypted file (then its salt); all that follows is encrypted. */
    private static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);

    private ProjectFile() {
    }

    /**
     * The schema version of the project in {@code file}.
     *
     * @param earlierStateAccepted whether a file whose latest state is lost may be read as the earlier state H2 finds
     *                             (a copy opened to see what can still be read); else it is refused as damaged
     * @param key                  the key of an encrypted file, or null; a plain file is read without it
     * @throws ProjectException    with {@link ProjectException.Reason#PASSWORD_NEEDED} for an encrypted file without
     *                             a key, {@link ProjectException.Reason#WRONG_PASSWORD} for one the key does not open
     */
    static int inspect(Path file, boolean earlierStateAccepted, ProjectKey key) throws ProjectException {
        String name = file.getFileName().toString();
        byte[] start = start(file);
        if (start.length == 0) {
            throw new DamagedProjectException(name + " is empty (0 bytes), so it holds no FanGrid project: it was"
                    + " probably cut short while being saved or copied. Copy it again from where it came from.", false);
        }
        boolean encrypted = isEncrypted(start);
        if (encrypted) {
            if (key == null) {
                throw passwordNeeded(file);
            }
            start = decryptedStart(file, key);
            if (start.length < 2) {
                throw new DamagedProjectException(name + " is damaged: it ends after its encryption header, so it"
                        + " holds no FanGrid project. Copy it again from where it came from.", false);
            }
            if (!isHeader(start, 0) && !isHeader(start, HEADER_BLOCK)) {
                throw wrongPassword(file);
            }
        }
        ProjectKey used = encrypted ? key : null;
        if (!isHeader(start, 0) && !isHeader(start, HEADER_BLOCK)) {
            throw new ProjectException(name + " is not a FanGrid project: it is not an H2 database file, or it is"
                    + " damaged from its start on. It was not opened and has not been changed.");
        }
        try {
            // H2 makes an instance of every class its registry of data types names: look at the names first
            try (MVStore store = readOnly(file, used)) {
                String foreign = StoredTypeNames.foreignClass(store);
                if (foreign != null) {
                    throw ProjectSafety.refused(name, "a data type H2 does not make itself (" + foreign + ")");
                }
            }
            try (MVStore store = readOnly(file, used)) {
                if (!earlierStateAccepted) {
                    requireLatestState(store, name, store.getFileStore().size());
                }
                List<StoredObject> objects = new ArrayList<>();
                MVMap<Long, VersionedValue<SearchRow>> schema = map(store, SCHEMA_MAP);
                for (VersionedValue<SearchRow> v : schema.values()) {
                    // a change not yet committed counts too: H2 may commit it while it opens the file
                    add(objects, v.getCurrentValue());
                    add(objects, v.getCommittedValue());
                }
                ProjectSafety.check(objects, name);
                return schemaVersion(store, objects, name);
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw Project.inUse(file, e);
            }
            throw unreadable(name, e);
        } catch (IllegalStateException | IllegalArgumentException | ClassCastException | IndexOutOfBoundsException
                 | java.nio.BufferUnderflowException e) {
            throw unreadable(name, e);
        }
    }

    /** The file's first two blocks, where H2 keeps two copies of its header (fewer bytes when it is shorter). */
    private static byte[] start(Path file) throws ProjectException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(2 * HEADER_BLOCK);
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + file.getFileName() + ": " + IoReasons.of(e), e);
        }
    }

    /** Whether an H2 store header ({@code H:2,block:…}) starts at {@code offset}. */
    private static boolean isHeader(byte[] start, int offset) {
        return start.length >= offset + 2 && start[offset] == 'H' && start[offset + 1] == ':';
    }

    private static MVStore readOnly(Path file, ProjectKey key) {
        MVStore.Builder b = new MVStore.Builder().fileName(file.toString()).readOnly();
        return (key == null ? b : b.encryptionKey(key.filePassword())).open();
    }

    /** Whether {@code file} is encrypted: H2 starts such a file with its own header, the rest is unreadable. */
    static boolean isEncrypted(Path file) throws ProjectException {
        return isEncrypted(start(file));
    }

    private static boolean isEncrypted(byte[] start) {
        return start.length >= ENCRYPTED.length && Arrays.equals(start, 0, ENCRYPTED.length, ENCRYPTED, 0,
                ENCRYPTED.length);
    }

    /** The first two blocks of an encrypted file as {@code key} decrypts them (fewer bytes when it is shorter). */
    private static byte[] decryptedStart(Path file, ProjectKey key) throws ProjectException {
        char[] password = key.filePassword();
        byte[] bytes = FilePathEncrypt.getPasswordBytes(password);
        Arrays.fill(password, '\0');
        try (FileEncrypt in = new FileEncrypt(file.getFileName().toString(), bytes,
                FileChannel.open(file, StandardOpenOption.READ))) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(2 * HEADER_BLOCK, Math.max(0, in.size())));
            while (buffer.hasRemaining() && in.read(buffer, buffer.position()) > 0) {
                // reads on until the two blocks are in
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + file.getFileName() + ": " + IoReasons.of(e), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The refusal of an encrypted project opened without its password. */
    static ProjectException passwordNeeded(Path file) {
        return new ProjectException(ProjectException.Reason.PASSWORD_NEEDED, file.getFileName() + " is encrypted:"
                + " it opens with its password only.", null, file);
    }

    /** The refusal of a password that does not open an encrypted project. */
    static ProjectException wrongPassword(Path file) {
        return new ProjectException(ProjectException.Reason.WRONG_PASSWORD, "The password is wrong for "
                + file.getFileName() + ". It was not opened and has not been changed.", null, file);
    }

    /**
     * Refuses a file whose newest state is gone, or part of it. H2 writes in its header the version of the newest
     * chunk it has written; when that chunk is lost (the file is cut short), H2 quietly opens the newest complete
     * earlier state, which would show an older project as if it were whole. And every chunk the state H2 found is
     * made of must lie within the file: a page in a lost one would fail only once read.
     */
    private static void requireLatestState(MVStore store, String name, long fileSize) throws DamagedProjectException {
        long recorded = DataUtils.readHexLong(store.getStoreHeader(), "version", 0);
        boolean chunksLost = store.getLayoutMap().entrySet().stream()
                .filter(e -> e.getKey().startsWith("chunk."))
                .map(e -> DataUtils.parseMap(e.getValue()))
                .anyMatch(c -> (DataUtils.readHexLong(c, "block", 0) + DataUtils.readHexLong(c, "len", 0)) * HEADER_BLOCK
                        > fileSize);
        if (store.getCurrentVersion() < recorded || chunksLost) {
            throw new DamagedProjectException(name + " is damaged: it is shorter than the project it held (perhaps"
                    + " cut short while being copied, downloaded or saved), so only an earlier state of it can be read."
                    + " It was not opened and has not been changed. Copy it again from where it came from, or open a"
                    + " read-only copy of it to see what can still be read.", true);
        }
    }

    @SuppressWarnings("unchecked")
    private static MVMap<Long, VersionedValue<SearchRow>> map(MVStore store, String name) {
        if (!store.hasMap(name)) {
            throw new IllegalStateException("no " + name);
        }
        // the transaction store opens a table's map with the types H2's registry names (checked above)
        TransactionStore tx = new TransactionStore(store, new ValueDataType());
        return (MVMap<Long, VersionedValue<SearchRow>>) (MVMap<?, ?>) tx.begin().openMap(name).map;
    }

    private static void add(List<StoredObject> objects, SearchRow row) {
        if (row != null) {
            objects.add(new StoredObject(row.getValue(0).getInt(), row.getValue(2).getInt(), row.getValue(3).getString()));
        }
    }

    /** The highest version in the file's {@code schema_version} table; a database without one is not a project. */
    private static int schemaVersion(MVStore store, List<StoredObject> objects, String name) throws ProjectException {
        StoredObject table = objects.stream().filter(o -> "SCHEMA_VERSION".equals(o.tableName())).findFirst()
                .orElseThrow(() -> new ProjectException(name + " is not a FanGrid project: it is a database without"
                        + " FanGrid's tables. It was not opened and has not been changed."));
        int version = 0;
        for (VersionedValue<SearchRow> v : map(store, "table." + table.id()).values()) {
            SearchRow row = v.getCommittedValue();
            if (row != null) {
                version = Math.max(version, row.getValue(0).getInt());
            }
        }
        return version;
    }

    private static ProjectException unreadable(String name, RuntimeException e) {
        return new DamagedProjectException(name + " is damaged: FanGrid cannot read it (" + e.getMessage() + ")."
                + " It was not opened and has not been changed. Copy it again from where it came from.", false);
    }
}
