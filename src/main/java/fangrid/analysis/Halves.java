package fangrid.analysis;

import fangrid.store.Threads;

/**
 * Work over the customer indices in two halves at once: building the columns keeps both cores of a small laptop
 * busy while the order lines are read (decoding beside summing), but after that only one, unless split.
 */
final class Halves {
    /** Work on the customers {@code from} (inclusive) to {@code to} (exclusive); it must write only to theirs. */
    @FunctionalInterface
    interface RangeWork {
        void run(int from, int to);
    }

    private Halves() {
    }

    /** Runs the upper half on a second thread and the lower half on this one, and waits for both. */
    static void run(int size, RangeWork work) {
        int mid = size / 2;
        together(() -> work.run(0, mid), () -> work.run(mid, size));
    }

    /** Runs {@code other} on a second thread while this one runs {@code work}, and waits for both. */
    static void together(Runnable work, Runnable other) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                other.run();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "fangrid-customer-columns");
        t.setDaemon(true);
        t.start();
        try {
            work.run();
        } finally {
            Threads.joinUninterruptibly(t);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }
}
