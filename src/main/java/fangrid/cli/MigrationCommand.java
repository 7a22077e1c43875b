package fangrid.cli;

import fangrid.analysis.Analysis;
import fangrid.analysis.Migration;
import fangrid.domain.ImportException;
import fangrid.domain.MigrationAxis;
import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fangrid migration}: the transition matrix between two analysis dates (each customer's grid cell, activity
 * or plan tier at both), with each cell's customers and net sales between the dates.
 */
@Command(name = "migration", mixinStandardHelpOptions = true,
        description = "Prints or writes how customers moved between two analysis dates: counts and net sales per cell.")
final class MigrationCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "the earlier analysis date")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
            description = "the later analysis date (only transactions before it count)")
    private String to;

    @Option(names = "--by", defaultValue = "grid", paramLabel = "AXIS",
            description = "grid (R x F cells, default), activity (the four activities) or plan (plan tiers)")
    private String by;

    @ArgGroup(multiplicity = "1")
    private Output output;

    /** Exactly one of the two outputs. */
    static final class Output {
        @Option(names = "--json", description = "print the matrix as JSON")
        private boolean json;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "write every cell as CSV (UTF-8)")
        private Path out;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            LocalDate fromDate = date("--from", from);
            LocalDate toDate = date("--to", to);
            MigrationAxis axis = axis();
            try (ProjectSession session = project.open()) {
                Analysis analysis = session.analyzeWith(session.settings().withAsOf(toDate));
                Migration m = session.migration(analysis, fromDate, toDate, axis);
                if (output.out != null) {
                    ProjectSession.writeMigrationCsv(m, output.out);
                    stdout.println("Wrote " + output.out + ": " + m.base() + " customers at " + toDate + ", by "
                            + axis.id() + " from " + fromDate);
                } else {
                    ProjectSession.writeMigrationJson(m, stdout);
                    stdout.println();
                }
            }
            stdout.flush();
            return FanGridCli.OK;
        } catch (ImportException | ProjectException | IllegalArgumentException e) {
            stderr.println("No migration: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, stderr);
            return FanGridCli.BAD_INPUT;
        }
    }

    private static LocalDate date(String option, String text) throws ImportException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ImportException(option + " must be a date like 2024-01-31, not '" + text + "'");
        }
    }

    private MigrationAxis axis() throws ImportException {
        try {
            return MigrationAxis.of(by);
        } catch (IllegalArgumentException e) {
            throw new ImportException("--by must be grid, activity or plan, not '" + by + "'");
        }
    }
}
