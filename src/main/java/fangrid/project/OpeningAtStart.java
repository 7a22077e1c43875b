package fangrid.project;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The project a window's start shows (the one asked for, else {@link ProjectSession#atStart}), opened on a thread of
 * its own from the moment it is begun. The launcher begins it before JavaFX starts up, so that opening the project
 * (H2 and the project's classes among it) runs beside the toolkit's start-up instead of after it.
 */
public final class OpeningAtStart {
    private final FutureTask<ProjectSession> opening;

    private OpeningAtStart(FutureTask<ProjectSession> opening) {
        this.opening = opening;
    }

    /** Begins opening {@code requested}, or the project {@code home} starts with when it is null. */
    public static OpeningAtStart begin(AppHome home, Path requested) {
        OpeningAtStart start = new OpeningAtStart(new FutureTask<>(
                () -> requested != null ? ProjectSession.open(requested) : ProjectSession.atStart(home)));
        Thread thread = new Thread(start.opening, "fangrid-opening");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** The opened project, once it is open; what opening it threw, as it was thrown. */
    public ProjectSession session() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
