package fangrid.cli;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerNames;
import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import fangrid.project.ProjectSession;
import fangrid.project.ReportFilters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fangrid report}: the window's one-page PDF report of a project, everyone unfiltered. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the one-page report (A4 landscape PDF): headline and trend, grid, matrix, deciles and"
                + " one recommended action per activity.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    private Path out;

    @Option(names = "--demo", description = "demo mode: customers under pseudonyms (顧客 0001), as the window's")
    private boolean demo;

    @Mixin
    private OutputLanguage language;

    @Mixin
    private AnalysisOptions analysis;

    @Override
    public Integer call() throws Exception {
        try (ProjectSession session = project.open()) {
            Analysis a = session.analyzeWith(analysis.apply(session));
            ResourceBundle messages = language.messages(session);
            try {
                session.writeReport(a, ReportFilters.NONE, messages,
                        CustomerNames.of(demo, messages.getLocale()), out);
            } catch (IOException e) {
                throw new ImportException("Cannot write " + out + ": " + IoReasons.of(e), e);
            }
            spec.commandLine().getOut().println("analysis date: " + (a.asOf() == null ? "none (no transactions)" : a.asOf()));
            AnalysisOptions.sayCategory(a, spec.commandLine().getOut());
            spec.commandLine().getOut().println("report written to " + out);
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            spec.commandLine().getErr().println("No report: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, spec.commandLine().getErr());
            return FanGridCli.BAD_INPUT;
        }
    }
}
