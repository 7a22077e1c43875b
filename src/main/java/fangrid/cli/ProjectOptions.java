package fangrid.cli;

import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a command names and opens an existing project: the one place the command line opens one, so that an option
 * every such command takes is added here once.
 */
final class ProjectOptions {
    @Option(names = "--project", required = true, paramLabel = "PATH", description = "the project")
    private Path project;

    @Option(names = "--read-only-copy", description = "of a damaged project: what a copy of it still holds")
    private boolean readOnlyCopy;

    /** Opens the project (a read-only copy of it when asked). */
    ProjectSession open() throws ProjectException {
        return readOnlyCopy ? ProjectSession.openReadOnlyCopy(project) : ProjectSession.open(project);
    }
}
