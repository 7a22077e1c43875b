package fangrid.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileUtils;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * The file system H2 opens an encrypted project through ({@code jdbc:h2:fangrid-aes:PATH}): its files in H2's
 * encrypted format, read and written by {@link AesXtsChannel}. The key of each open project is held here, by its
 * file, from just before H2 opens it until it is closed — never in the URL, which H2 repeats in its messages. Public
 * only because H2 makes its file systems by reflection.
 */
public final class EncryptedFiles extends FilePathWrapper {
    /** The prefix of a database name opened through this file system. */
    static final String SCHEME = "fangrid-aes";
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new EncryptedFiles());
    }

    /** For H2, which makes one of these for each file it names (by reflection); FanGrid uses the static methods. */
    public EncryptedFiles() {
        // H2 sets the name it wraps
    }

    /** Makes {@code key} the key of {@code file} (an absolute {@code .mv.db}) while H2 has it open. */
    static void hold(Path file, ProjectKey key) {
        char[] password = key.filePassword();
        byte[] previous = KEYS.put(file.toString(), FilePathEncrypt.getPasswordBytes(password));
        Arrays.fill(password, '\0');
        if (previous != null) {
            Arrays.fill(previous, (byte) 0);
        }
    }

    /**
     * The key to open {@code file} with again while this process has it open: none for a plain file (the key given
     * is then destroyed), else {@code key}, which must be the key it is open with. H2 shares a database already open
     * without looking at a key again, so it is compared here.
     */
    static ProjectKey sameKey(Path file, ProjectKey key) throws fangrid.domain.ProjectException {
        byte[] held = KEYS.get(file.toString());
        if (held == null) {
            if (key != null) {
                key.destroy();
            }
            return null;
        }
        if (key == null) {
            throw ProjectFile.passwordNeeded(file);
        }
        char[] password = key.filePassword();
        byte[] given = FilePathEncrypt.getPasswordBytes(password);
        Arrays.fill(password, '\0');
        boolean same = java.security.MessageDigest.isEqual(held, given);
        Arrays.fill(given, (byte) 0);
        if (!same) {
            throw ProjectFile.wrongPassword(file);
        }
        return key;
    }

    /** Forgets the key of {@code file}. */
    static void release(Path file) {
        byte[] key = KEYS.remove(file.toString());
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        String file = getBase().toString();
        byte[] key = KEYS.get(file);
        if (key == null) {
            throw new IOException("No key is held for " + getBase().getName());
        }
        return AesXtsChannel.open(FileUtils.open(file, mode), key);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public long size() {
        long stored = getBase().size() - AesXtsChannel.BLOCK;
        return Math.max(0, stored - stored % AesXtsChannel.BLOCK);
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }
}
