package fangrid.store;

/** Waiting for the background threads that read files and chunks beside the thread that writes. */
public final class Threads {
    private Threads() {
    }

    /**
     * Waits until {@code t} has ended, even when interrupted meanwhile (it must not outlive the work it serves);
     * the interrupt is kept for the caller.
     */
    public static void joinUninterruptibly(Thread t) {
        boolean interrupted = Thread.interrupted();
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
