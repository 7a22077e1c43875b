package fangrid.cli;

import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * The one place the command line opens a project file: every command that opens one mixes this in, so that an option
 * all of them take (how to open the file) is added here once. ({@code @Command}: picocli takes a mixin that has no
 * option of its own yet.)
 */
@Command
final class ProjectOpening {
    /** Opens an existing project, or a read-only copy of a damaged one. */
    ProjectSession open(Path project, boolean readOnlyCopy) throws ProjectException {
        return readOnlyCopy ? ProjectSession.openReadOnlyCopy(project) : ProjectSession.open(project);
    }

    /** Opens the project, creating an empty one when there is none ({@code import}). */
    ProjectSession openOrCreate(Path project) throws ProjectException {
        return ProjectSession.openOrCreate(project);
    }
}
