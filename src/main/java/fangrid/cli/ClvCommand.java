package fangrid.cli;

import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.ModelKind;
import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fangrid clv --json}: the purchase and spend models fitted to a project, and whether the fit can be trusted. */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Fits a purchase model (BG/NBD or Pareto/NBD) and the Gamma-Gamma spend model to the purchases"
                + " before the analysis date, a day being the time unit, and prints the fitted parameters, the"
                + " log-likelihoods and whether the fit is degenerate, with the reason in words.")
final class ClvCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bgnbd",
            description = "bgnbd (default) or pareto")
    private String model;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "fit on the purchases before this date (default: the project's analysis date)")
    private String asOf;

    @Option(names = "--json", required = true, description = "as JSON (the only format so far)")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ModelKind kind = kind();
            LocalDate date = date();
            try (ProjectSession session = project.open()) {
                FittedModels fit = session.fitModels(kind, date);
                PrintWriter out = spec.commandLine().getOut();
                ProjectSession.writeModelFit(fit, out);
                out.println();
                out.flush();
                if (fit.assessment().degenerate()) {
                    err.println("The fit is degenerate: " + fit.assessment().reason() + ".");
                }
            }
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            err.println("No model: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, err);
            return FanGridCli.BAD_INPUT;
        }
    }

    private ModelKind kind() throws ImportException {
        try {
            return ModelKind.of(model);
        } catch (IllegalArgumentException e) {
            throw new ImportException("--model: " + e.getMessage());
        }
    }

    private LocalDate date() throws ImportException {
        try {
            return asOf == null ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ImportException("--as-of must be a date like 2024-01-31, not '" + asOf + "'");
        }
    }
}
