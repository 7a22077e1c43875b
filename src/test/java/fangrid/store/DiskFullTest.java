package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

/** The shapes in which H2 reported a full disk here (tmpfs, H2 2.3.232), and failures that are not one. */
class DiskFullTest {
    private static final long NONE = 0;
    private static final long PLENTY = 50L << 30;

    /** As a COMMIT or CHECKPOINT failed when the disk filled: SQLException, DbException, MVStoreException, ENOSPC. */
    private static SQLException writeFailedOnAFullDisk() {
        IOException enospc = new IOException("No space left on device");
        MVStoreException write = new MVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to sun.nio.ch.FileChannelImpl@a0bc8db failed; length 2461696 at 3985408 [2.3.232/2]");
        write.initCause(enospc);
        return new SQLException("General error: \"" + write + "\"", "HY000", ErrorCode.GENERAL_ERROR_1, write);
    }

    @Test
    void theSystemsWordsAnywhereInTheCausesMeanAFullDisk() {
        assertTrue(DiskFull.explains(writeFailedOnAFullDisk(), PLENTY), "space freed since does not change the cause");
        assertTrue(DiskFull.explains(new RuntimeException(new IOException("Disk quota exceeded")), PLENTY));
        assertTrue(DiskFull.explains(new IOException("There is not enough space on the disk"), PLENTY));
    }

    @Test
    void aFileH2ClosedMeansAFullDiskOnlyWhenTheDiskIsNearlyFull() {
        SQLException closed = new SQLException("The database has been closed", "90098", ErrorCode.DATABASE_IS_CLOSED);
        assertTrue(DiskFull.explains(closed, NONE));
        assertFalse(DiskFull.explains(closed, PLENTY));
    }

    @Test
    void aStoreFailureQuotedOnlyAsTextMeansAFullDiskOnlyWhenTheDiskIsNearlyFull() {
        // as CI saw it on opening after a full disk: H2's "General error" with the store's failure in its words only
        SQLException quoted = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to"
                + " sun.nio.ch.FileChannelImpl@1 failed; length 4096 at 8192 [2.3.232/2]\"", "HY000", 50000);
        assertTrue(DiskFull.explains(quoted, 4096));
        assertFalse(DiskFull.explains(quoted, 1L << 30));
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertFalse(DiskFull.explains(new IOException("Permission denied"), NONE));
        assertFalse(DiskFull.explains(new SQLException("Syntax error", "42000", ErrorCode.SYNTAX_ERROR_1), NONE));
        assertFalse(DiskFull.explains(new IllegalStateException("bug"), NONE));
    }
}
