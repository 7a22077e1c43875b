package fangrid.store;

import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Encrypts a project file, takes its encryption off, or changes its key, in place and safely: the file is looked at
 * as any project file is before it is opened (a wrong key, damage, a newer FanGrid or code in it refuse it unchanged),
 * then H2's store is copied block by block through H2's own encryption into a new file beside it, that file is
 * written to disk and looked at in turn, and only then does it replace the original in one atomic rename. Until that
 * rename the original is untouched, whatever fails (a full disk, a wrong password, a crash).
 */
public final class ProjectEncryption {
    private static final int COPY_BLOCK = 1 << 20;

    private ProjectEncryption() {
    }

    /**
     * Rewrites the closed project {@code file} encrypted with {@code next}, or plain when it is null; {@code current}
     * is the key it has now (null when it is plain). Both keys are overwritten once used.
     *
     * @throws ProjectException when the project is open, read-only, damaged, already as asked, or the key is wrong;
     *                          the file is then as it was
     */
    public static void change(Path file, ProjectKey current, ProjectKey next) throws ProjectException {
        try {
            changeWith(Project.existing(file), current, next);
        } finally {
            destroy(current);
            destroy(next);
        }
    }

    private static void changeWith(Path f, ProjectKey current, ProjectKey next) throws ProjectException {
        String name = f.getFileName().toString();
        if (OpenProjects.contains(f)) {
            throw Project.inUse(f, null);
        }
        String readOnly = Project.readOnlyReason(f);
        if (readOnly != null) {
            throw new ProjectException(readOnly + ": its encryption cannot be changed. It has not been changed.");
        }
        boolean encrypted = ProjectFile.isEncrypted(f);
        if (!encrypted && next == null) {
            throw new ProjectException(ProjectException.Reason.ENCRYPTION_UNCHANGED, name + " has no password to"
                    + " remove. It has not been changed.", null, f);
        }
        if (encrypted && current == null && next != null) {
            throw new ProjectException(ProjectException.Reason.ENCRYPTION_UNCHANGED, name + " is encrypted already."
                    + " It has not been changed.", null, f);
        }
        ProjectKey from = encrypted ? current : null;
        int version = ProjectFile.inspect(f, false, from);
        Migrator migrator = new Migrator();
        if (version > migrator.latestVersion()) {
            throw migrator.newer(version);
        }
        try (FileChannel original = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = lock(original, f)) {
            Path converted = Files.createTempFile(f.toAbsolutePath().getParent(), "." + name + "-", ".converting");
            try {
                copy(original, from, f, converted, next);
                if (ProjectFile.inspect(converted, false, next) != version) {
                    throw new IllegalStateException("the new file does not read as the project");
                }
                keepPermissions(f, converted);
                Files.move(converted, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(converted);
            }
        } catch (IOException e) {
            if (DiskFull.explains(e, DiskFull.freeBytesBeside(f))) {
                throw new ProjectException("The disk holding " + name + " is full: changing its encryption writes a"
                        + " new copy of it beside it first. Free about " + sizeInWords(f) + " and try again."
                        + " The project has not been changed.", e);
            }
            throw new ProjectException("Cannot change the encryption of " + name + ": " + IoReasons.of(e)
                    + ". It has not been changed.", e);
        }
    }

    /** Holds the file against H2 in another process opening it while it is copied. */
    private static FileLock lock(FileChannel original, Path f) throws IOException, ProjectException {
        try {
            FileLock lock = original.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException held) {
            // this process holds it
        }
        throw Project.inUse(f, null);
    }

    /**
     * Copies H2's store from the locked original into {@code converted}. The original is read through the channel
     * holding the lock (a system that enforces locks refuses reads through any other), and that channel is left to
     * the caller to close, after the lock.
     */
    private static void copy(FileChannel original, ProjectKey from, Path f, Path converted, ProjectKey to)
            throws IOException {
        FileChannel in = through(original, from);
        try (FileChannel out = through(FileChannel.open(converted, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS), to)) {
            ByteBuffer buffer = ByteBuffer.allocate(COPY_BLOCK);
            long size = in.size();
            for (long at = 0; at < size; at += COPY_BLOCK) {
                buffer.clear().limit((int) Math.min(COPY_BLOCK, size - at));
                while (buffer.hasRemaining() && in.read(buffer, at + buffer.position()) > 0) {
                    // reads on until the block is in
                }
                buffer.flip();
                long written = at;
                while (buffer.hasRemaining()) {
                    written += out.write(buffer, written);
                }
            }
            out.force(true);
        }
    }

    /** {@code channel} as H2's store sees it: decrypted and encrypted with {@code key}, or as it is without one. */
    private static FileChannel through(FileChannel channel, ProjectKey key) throws IOException {
        if (key == null) {
            return channel;
        }
        char[] password = key.filePassword();
        byte[] bytes = FilePathEncrypt.getPasswordBytes(password);
        Arrays.fill(password, '\0');
        try {
            return AesXtsChannel.open(channel, bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, p);
        } catch (UnsupportedOperationException notPosix) {
            // the new file has the folder's default permissions
        }
    }

    private static String sizeInWords(Path f) {
        try {
            return Math.max(1, Files.size(f) >> 20) + " MB";
        } catch (IOException unknown) {
            return "the project's size";
        }
    }

    private static void destroy(ProjectKey key) {
        if (key != null) {
            key.destroy();
        }
    }
}
