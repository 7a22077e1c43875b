package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ImportCancelledException;
import fangrid.domain.ImportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RowPipelineTest {
    /** Each stop must end: a hang fails the test rather than blocking the build. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final int BATCH = 16;
    private static final int READ_AHEAD = 2;
    /** Rows read once the queue is full: the batch being handled, the queued ones, and the one waiting for room. */
    private static final int QUEUE_FULL = BATCH * (READ_AHEAD + 2);
    private static final long ROWS = 1_000_000;

    /** A table of {@code rows} rows that fails with {@code failure} after them, if given, and counts what it read. */
    private static TableReader table(long rows, ImportException failure, AtomicLong read) {
        return new TableReader() {
            @Override
            public List<String> header() {
                return List.of("n");
            }

            @Override
            public void rows(RowHandler handler) throws ImportException {
                for (long r = 2; r < rows + 2; r++) {
                    read.incrementAndGet();
                    handler.row(r, new String[] {Long.toString(r)});
                }
                if (failure != null) {
                    throw failure;
                }
            }

            @Override
            public String describe() {
                return "test";
            }
        };
    }

    @Test
    void handsEveryRowOverInOrderOnTheCallingThread() throws ImportException {
        List<Long> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        RowPipeline.rows(table(10_000, null, new AtomicLong()), (row, cells) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(Long.toString(row), cells[0]);
            seen.add(row);
        });
        assertEquals(10_000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 2, seen.get(i));
        }
    }

    @Test
    void aReadingErrorComesAfterTheRowsReadBeforeIt() {
        ImportException broken = new ImportException("broken at row 5002");
        AtomicLong handled = new AtomicLong();
        ImportException e = assertThrows(ImportException.class,
                () -> RowPipeline.rows(table(5_000, broken, new AtomicLong()), (row, cells) -> handled.incrementAndGet()));
        assertSame(broken, e);
        assertEquals(5_000, handled.get());
    }

    @Test
    void aHandlerErrorStopsTheReading() {
        AtomicLong read = new AtomicLong();
        ImportException e = assertThrows(ImportException.class, () -> RowPipeline.rows(table(10_000_000, null, read),
                (row, cells) -> {
                    if (row == 100) {
                        throw new ImportException("bad row 100");
                    }
                }));
        assertEquals("bad row 100", e.getMessage());
        assertTrue(read.get() < 10_000_000, "stopped reading after " + read.get() + " rows");
    }

    /** Runs a small pipeline whose handler first waits until the reader has filled the queue. */
    private static void runWithQueueFull(TableReader table, AtomicLong read, RowHandler handler) throws ImportException {
        new RowPipeline(BATCH, READ_AHEAD).run(table, cells -> -1, (row, cells, key) -> {
            waitForQueueFull(read);
            handler.row(row, cells);
        });
    }

    private static void waitForQueueFull(AtomicLong read) {
        while (read.get() < QUEUE_FULL) {
            Thread.onSpinWait();
        }
    }

    /** Expects {@code run} to throw {@code expected} well within {@link #LIMIT}, having read only part of the table. */
    private static void assertStops(Throwable expected, AtomicLong read, Executable run) {
        Throwable thrown = assertThrows(Throwable.class, () -> assertTimeoutPreemptively(LIMIT, run));
        assertSame(expected, thrown);
        assertTrue(read.get() < ROWS, "stopped reading after " + read.get() + " rows");
    }

    @Test
    void aBadRowWithTheQueueFullEndsTheImport() {
        AtomicLong read = new AtomicLong();
        ImportException bad = new ImportException("big.csv, row 2, column 金額: not a number: \"abc\"");
        assertStops(bad, read, () -> runWithQueueFull(table(ROWS, null, read), read, (row, cells) -> {
            throw bad;
        }));
    }

    @Test
    void aCancelWithTheQueueFullEndsTheImport() {
        AtomicLong read = new AtomicLong();
        ImportCancelledException cancel = new ImportCancelledException("big.csv");
        assertStops(cancel, read, () -> runWithQueueFull(table(ROWS, null, read), read, (row, cells) -> {
            throw cancel;
        }));
    }

    @Test
    void aFullDiskWithTheQueueFullEndsTheImport() {
        AtomicLong read = new AtomicLong();
        MVStoreException diskFull = new MVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to sun.nio.ch.FileChannelImpl@1 failed; length 4096 at 8192");
        assertStops(diskFull, read, () -> runWithQueueFull(table(ROWS, null, read), read, (row, cells) -> {
            throw diskFull;
        }));
    }

    @Test
    void aWriterErrorWithTheQueueFullEndsTheImport() {
        AtomicLong read = new AtomicLong();
        OutOfMemoryError writerError = new OutOfMemoryError("Java heap space");
        assertStops(writerError, read, () -> runWithQueueFull(table(ROWS, null, read), read, (row, cells) -> {
            throw writerError;
        }));
    }

    @Test
    void aStopThatTheReaderTurnsIntoItsOwnErrorEnds() {
        AtomicLong read = new AtomicLong();
        ImportException bad = new ImportException("bad row");
        assertStops(bad, read, () -> runWithQueueFull(onStop(table(ROWS, null, read), true), read, (row, cells) -> {
            throw bad;
        }));
    }

    @Test
    void aStopThatTheReaderTakesForTheEndOfTheFileEnds() {
        AtomicLong read = new AtomicLong();
        ImportException bad = new ImportException("bad row");
        assertStops(bad, read, () -> runWithQueueFull(onStop(table(ROWS, null, read), false), read, (row, cells) -> {
            throw bad;
        }));
    }

    @Test
    void aReadingErrorWithTheQueueFullComesAfterEveryRowReadBeforeIt() {
        AtomicLong read = new AtomicLong();
        AtomicLong handled = new AtomicLong();
        ImportException broken = new ImportException("broken after 10,000 rows");
        ImportException e = assertThrows(ImportException.class, () -> assertTimeoutPreemptively(LIMIT,
                () -> runWithQueueFull(table(10_000, broken, read), read, (row, cells) -> handled.incrementAndGet())));
        assertSame(broken, e);
        assertEquals(10_000, handled.get());
    }

    /**
     * {@code table} as a workbook reader treats a handler's failure: wrapped in an error of its own
     * ({@code wrap}), or taken for the end of the sheet.
     */
    private static TableReader onStop(TableReader table, boolean wrap) {
        return new TableReader() {
            @Override
            public List<String> header() {
                return table.header();
            }

            @Override
            public void rows(RowHandler handler) throws ImportException {
                try {
                    table.rows(handler);
                } catch (RuntimeException e) {
                    if (wrap) {
                        throw new ImportException("Cannot read the workbook: " + e, e);
                    }
                }
            }

            @Override
            public String describe() {
                return table.describe();
            }
        };
    }
}
