package fangrid.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rows of a large file turned into text a block at a time on every core and written in their order: formatting
 * millions of rows' figures is a good part of an {@code analyze}, and each block is text on its own (it starts a
 * new record), so the file is the same as when written in one go. Few rows are formatted on the calling thread.
 */
final class RowBlocks {
    /** Rows per block: about a megabyte of text. */
    static final int ROWS = 8_192;

    private RowBlocks() {
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) as text, and how many of them there were. */
    record Block(String text, int rows) {
    }

    /** Formats one block; may run on any thread, beside other blocks. */
    @FunctionalInterface
    interface Formatter {
        Block format(int from, int to) throws IOException;
    }

    /** Writes the blocks of indices 0 to {@code size} to {@code out} in order; returns the rows written. */
    static int write(int size, Formatter formatter, Writer out) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        if (size <= ROWS || threads == 1) {
            return write(formatter.format(0, size), out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fangrid-row-blocks");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Block>> ahead = new ArrayDeque<>();
            int rows = 0;
            for (int from = 0; from < size; from += ROWS) {
                int start = from;
                ahead.add(pool.submit(() -> formatter.format(start, Math.min(size, start + ROWS))));
                if (ahead.size() > 2 * threads) {
                    rows += write(done(ahead.poll()), out);
                }
            }
            while (!ahead.isEmpty()) {
                rows += write(done(ahead.poll()), out);
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int write(Block b, Writer out) throws IOException {
        out.write(b.text());
        return b.rows();
    }

    private static Block done(Future<Block> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("writing was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
