package fangrid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * Recognises a write that failed because the disk is full. H2 reports it as an {@code MVStoreException}
 * ("Writing to FileChannelImpl … failed") around the system's {@code IOException}, several layers deep in a
 * {@code SQLException}, and closes the project file; when the write failed on H2's writer thread, the statement that
 * comes next learns only that the database is closed. The user needs to hear "disk full", not H2's words.
 */
public final class DiskFull {
    /** How the JDK words ENOSPC and EDQUOT (Linux, macOS) and ERROR_DISK_FULL (Windows). */
    private static final String[] NO_SPACE = {"no space left on device", "disk quota exceeded",
            "not enough space on the disk"};
    /** Below this, a file H2 closed is taken to be closed by a full disk: H2 writes in chunks of up to megabytes. */
    private static final long NEARLY_FULL = 16L << 20;

    private DiskFull() {
    }

    /**
     * Whether {@code failure} comes from a full disk: the system says so somewhere in its causes, or H2 failed to
     * write or closed the file while the disk has next to no room left ({@code freeBytes}).
     */
    public static boolean explains(Throwable failure, long freeBytes) {
        boolean h2GaveUp = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && saysNoSpace(t.getMessage())) {
                return true;
            }
            h2GaveUp |= t instanceof MVStoreException
                    || t instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    // a store failure on H2's own thread may reach the opener only as text in a "General error"
                    || t.getMessage() != null && t.getMessage().contains(MVStoreException.class.getName());
        }
        return h2GaveUp && freeBytes < NEARLY_FULL;
    }

    /** The free bytes on the disk holding {@code file}, or {@code Long.MAX_VALUE} when the system cannot tell. */
    public static long freeBytesBeside(Path file) {
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException unknown) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean saysNoSpace(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        for (String s : NO_SPACE) {
            if (m.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
