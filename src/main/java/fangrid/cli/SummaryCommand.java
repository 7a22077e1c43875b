package fangrid.cli;

import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fangrid summary --json}: the grid, the matrix, the first-category shares, the deciles and the activities. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a project's summary: grid, matrix, first-category shares, deciles, activity totals.")
final class SummaryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "PATH", description = "the project")
    private Path project;

    @Option(names = "--json", required = true, description = "as JSON (the only format so far)")
    private boolean json;

    @Option(names = "--read-only-copy", description = "of a damaged project: what a copy of it still holds")
    private boolean readOnlyCopy;

    @Mixin
    private AnalysisOptions analysis;

    @Mixin
    private PasswordFileOption password;

    @Override
    public Integer call() throws Exception {
        try {
            try (ProjectSession session = password.open(project, readOnlyCopy)) {
                ProjectSession.writeSummary(session.analyzeWith(analysis.apply(session.settings())), spec.commandLine().getOut());
            }
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().flush();
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            spec.commandLine().getErr().println("No summary: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, spec.commandLine().getErr());
            return FanGridCli.BAD_INPUT;
        }
    }
}
