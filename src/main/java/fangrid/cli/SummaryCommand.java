package fangrid.cli;

import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fangrid summary --json}: the grid, the matrix, the first-category shares, the deciles and the activities;
 * with {@code --by-category}, each product category's row side by side.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a project's summary: grid, matrix, first-category shares, deciles, activity totals.")
final class SummaryCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--json", required = true, description = "as JSON (the only format so far)")
    private boolean json;

    @Option(names = "--by-category", description = "each product category side by side: customers, %% of base, net"
            + " sales, repeat rate (F ≥ 2), share in R1, one-time share")
    private boolean byCategory;

    @Mixin
    private AnalysisOptions analysis;

    @Override
    public Integer call() throws Exception {
        try {
            try (ProjectSession session = project.open()) {
                if (byCategory) {
                    ProjectSession.writeCategorySummaries(
                            session.categorySummaries(analysis.apply(session.settings()), StepProgress.NONE),
                            spec.commandLine().getOut());
                } else {
                    ProjectSession.writeSummary(session.analyzeWith(analysis.apply(session)), spec.commandLine().getOut());
                }
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
