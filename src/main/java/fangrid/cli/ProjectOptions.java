package fangrid.cli;

import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** An existing project a command reads: {@code --project PATH}, opened through {@link ProjectOpening}. */
final class ProjectOptions {
    @Option(names = "--project", required = true, paramLabel = "PATH", description = "the project")
    private Path project;

    @Option(names = "--read-only-copy", description = "of a damaged project: what a copy of it still holds")
    private boolean readOnlyCopy;

    @Mixin
    private ProjectOpening opening;

    /** Opens the project (a read-only copy of it when asked). */
    ProjectSession open() throws ProjectException {
        return opening.open(project, readOnlyCopy);
    }
}
