package fangrid.cli;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerNames;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import fangrid.project.ProjectSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.selection.Selection;

/** {@code fangrid export}: a group's customers with their contacts, written as the window's Export writes them. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a group's customers as segment detail's Export does: headers and labels in the project's"
                + " language, figures rounded as the window shows them, contacts included.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--group", paramLabel = "GROUP", defaultValue = "all",
            description = "all (default), a cell such as R1F3, activity:1 to activity:4, segment:NAME (a saved or"
                    + " behavioural segment), cross:A:B (bought in categories A and B) or cross:A:B:lapsed (R1 in A,"
                    + " R3 in B), or a filter as the window writes it, e.g. R1F1+R1F2&fav7/use5")
    private String group;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv-bom (UTF-8 with BOM, Excel), csv-sjis (windows-31j), xlsx (default: from the file's"
                    + " extension, else csv-bom)")
    private String format;

    @Option(names = "--demo", description = "demo mode: ids, names, emails and phones as pseudonyms (顧客 0001)")
    private boolean demo;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    private Path out;

    @Mixin
    private OutputLanguage language;

    @Mixin
    private AnalysisOptions analysis;

    @Override
    public Integer call() throws Exception {
        try (ProjectSession session = project.open()) {
            ExportFormat f = format();
            Analysis a = session.analyzeWith(analysis.apply(session));
            Selection people = session.selectGroup(a, group);
            ResourceBundle messages = language.messages(session);
            ExportResult result;
            try {
                result = session.exportCustomers(a, people, f, out, messages,
                        CustomerNames.of(demo, messages.getLocale()), ExportProgress.NONE);
            } catch (IOException e) {
                throw new ImportException("Cannot write " + out + ": " + IoReasons.of(e), e);
            }
            spec.commandLine().getOut().println("analysis date: " + (a.asOf() == null ? "none (no transactions)" : a.asOf()));
            AnalysisOptions.sayCategory(a, spec.commandLine().getOut());
            spec.commandLine().getOut().println("customers: " + result.rows() + " written to " + out);
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            spec.commandLine().getErr().println("Not exported: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, spec.commandLine().getErr());
            return FanGridCli.BAD_INPUT;
        }
    }

    private ExportFormat format() throws ImportException {
        String f = format != null ? format
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv-bom";
        return switch (f) {
            case "csv-bom" -> ExportFormat.CSV_UTF8_BOM;
            case "csv-sjis" -> ExportFormat.CSV_WINDOWS_31J;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new ImportException("--format must be csv-bom, csv-sjis or xlsx, not '" + format + "'");
        };
    }
}
