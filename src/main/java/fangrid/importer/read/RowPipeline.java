package fangrid.importer.read;

import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.store.Threads;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a table on a second thread while the calling thread handles its rows: decoding and splitting the text is a
 * good part of an import, and a second core can do it beside the writing. The handler still gets every row in file
 * order on the calling thread (the only one that uses the database), and a reading error reaches the caller after
 * the rows read before it, just as when reading inline. If the handler fails, reading stops and the file is closed
 * before the failure is passed on.
 */
public final class RowPipeline {
    private static final int BATCH = 4_096;
    /** Batches read ahead at most: a few megabytes of cells. */
    private static final int READ_AHEAD = 4;
    /** How long a reader waiting for room waits before it looks again whether the handling side has stopped. */
    private static final long STOP_CHECK_MILLIS = 20;

    private final int batchRows;
    private final BlockingQueue<Batch> queue;
    private volatile boolean stopped;

    /** A pipeline handing over rows in batches of {@code batchRows}, at most {@code readAhead} batches ahead. */
    RowPipeline(int batchRows, int readAhead) {
        this.batchRows = batchRows;
        this.queue = new ArrayBlockingQueue<>(readAhead);
    }

    /** A number worked out for each row on the reading thread (a customer key), handed over with the row. */
    @FunctionalInterface
    public interface RowKeyer {
        int key(String[] cells);
    }

    /** Receives a row with its number from the {@link RowKeyer}. */
    @FunctionalInterface
    public interface KeyedRowHandler {
        void row(long rowNumber, String[] cells, int key) throws ImportException;
    }

    /** Pushes every row of {@code reader} to {@code handler} on this thread, reading on another. */
    static void rows(TableReader reader, RowHandler handler) throws ImportException {
        new RowPipeline(BATCH, READ_AHEAD).run(reader, cells -> -1, (row, cells, key) -> handler.row(row, cells));
    }

    /** As {@link #rows(TableReader, RowHandler)}, with each row's key worked out on the reading thread. */
    public static void rows(TableReader reader, RowKeyer keyer, KeyedRowHandler handler) throws ImportException {
        new RowPipeline(BATCH, READ_AHEAD).run(reader, keyer, handler);
    }

    void run(TableReader reader, RowKeyer keyer, KeyedRowHandler handler) throws ImportException {
        Thread producer = new Thread(() -> read(reader, keyer), "fangrid-import-reader");
        producer.setDaemon(true);
        producer.start();
        try {
            for (Batch b = take(); ; b = take()) {
                for (int i = 0; i < b.size; i++) {
                    handler.row(b.rows[i], b.cells[i], b.keys[i]);
                }
                if (b.last) {
                    b.rethrowFailure();
                    return;
                }
            }
        } finally {
            stopped = true;
            producer.interrupt(); // wakes it at once if it waits for room in the queue
            Threads.joinUninterruptibly(producer);
        }
    }

    /** The reading thread: batches of rows, then a last batch carrying the error that ended the reading, if any. */
    private void read(TableReader reader, RowKeyer keyer) {
        Batch[] current = {new Batch(batchRows)};
        Throwable failure = null;
        try {
            reader.rows((row, cells) -> {
                if (stopped) {
                    throw new StopReading();
                }
                if (current[0].add(row, cells, keyer.key(cells))) {
                    put(current[0]);
                    current[0] = new Batch(batchRows);
                }
            });
        } catch (Throwable t) {
            failure = t;
        }
        if (stopped) {
            return; // nobody waits for the last batch any more
        }
        current[0].finish(failure);
        try {
            put(current[0]);
        } catch (StopReading handlingEnded) {
            // the handling side stopped while this waited for room
        }
    }

    /**
     * Hands a batch over, waiting for room; once the handling side has stopped (it takes nothing more, so a full
     * queue stays full) it gives up with {@link StopReading}. The stop is looked at every few milliseconds rather than
     * left to the interrupt alone: a reader (or a library under it) may swallow the interrupt, or the reader may turn
     * it into an error of its own and end with a last batch, and a put that waited forever would hang the import.
     */
    private void put(Batch b) {
        try {
            while (!queue.offer(b, STOP_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new StopReading();
                }
            }
        } catch (InterruptedException e) {
            // only the handling side interrupts, once it has stopped taking
            throw new StopReading();
        }
    }

    /**
     * The next batch. An interrupt does not end the import (cancelling is {@link ImportProgress}'s job, as before
     * this ran on two threads); it is kept for the caller.
     */
    private Batch take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rows as the reader gave them, with their numbers. */
    private static final class Batch {
        final long[] rows;
        final String[][] cells;
        final int[] keys;
        int size;
        boolean last;
        Throwable failure;

        Batch(int capacity) {
            rows = new long[capacity];
            cells = new String[capacity][];
            keys = new int[capacity];
        }

        /** Adds a row; true when the batch is full. */
        boolean add(long row, String[] rowCells, int key) {
            rows[size] = row;
            keys[size] = key;
            cells[size++] = rowCells;
            return size == rows.length;
        }

        void finish(Throwable readingFailure) {
            last = true;
            failure = readingFailure;
        }

        void rethrowFailure() throws ImportException {
            if (failure instanceof ImportException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }
}
