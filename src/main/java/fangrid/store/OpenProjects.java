package fangrid.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The project files this process has open. H2 lets a second connection in the same process share a database that
 * is open already (the window opens a project again before closing the one shown), but the look at a file before
 * H2 opens it ({@link ProjectFile}) cannot read a file H2 holds locked: a file open here was looked at when it was
 * first opened, and is not looked at again.
 */
final class OpenProjects {
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private OpenProjects() {
    }

    static synchronized boolean contains(Path file) {
        return OPEN.containsKey(file);
    }

    static synchronized void add(Path file) {
        OPEN.merge(file, 1, Integer::sum);
    }

    static synchronized void remove(Path file) {
        OPEN.computeIfPresent(file, (f, n) -> n == 1 ? null : n - 1);
    }
}
