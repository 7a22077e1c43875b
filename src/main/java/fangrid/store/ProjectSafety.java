package fangrid.store;

import fangrid.domain.ProjectException;
import java.util.List;

/**
 * A project file may come from someone else (a client's file), and H2 can store code that runs when it opens a file
 * or when FanGrid later reads or writes a table: linked tables (whose URL's {@code INIT=} runs SQL on connecting),
 * triggers and functions (Java source is compiled, classes are made), views, domains, checks and defaults that call
 * functions, and classes named in its registry of data types. FanGrid never makes any of them, so a file with any
 * is refused; {@link ProjectFile} reads the file's schema for this before H2 opens it.
 */
final class ProjectSafety {
    private ProjectSafety() {
    }

    /** Refuses a file whose schema has anything FanGrid never makes. */
    static void check(List<StoredObject> schema, String fileName) throws ProjectException {
        for (StoredObject o : schema) {
            String refusal = o.refusal();
            if (refusal != null) {
                throw refused(fileName, refusal);
            }
        }
    }

    /** The refusal of a file holding {@code what}. */
    static ProjectException refused(String fileName, String what) {
        return new ProjectException(ProjectException.Reason.UNSAFE, fileName + " was not opened: it contains " + what
                + ", which FanGrid never puts in a project. A project file can carry code that runs when it is opened,"
                + " so FanGrid refuses any file with things it did not make, for your safety. The file has not been"
                + " changed.", null, fileName);
    }
}
