package fangrid.cli;

import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.project.ProjectSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fangrid import}: imports one file into a project, as the UI's import does. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a spreadsheet (CSV, TSV, XLSX, XLS) into a project, creating the project if needed.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "PATH", description = "the project file (.mv.db)")
    private Path project;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "transactions, customers, survey, catalog or customer-summary (the output of src/main/resources/sql/)")
    private String kind;

    @Parameters(paramLabel = "FILE", description = "the file to import")
    private Path file;

    @Mixin
    private ImportOptions options;

    @Mixin
    private ProjectOpening opening;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ImportOptions.Prepared prepared = options.prepare(file, ImportOptions.kind(kind), out);
            try (ProjectSession session = opening.openOrCreate(project)) {
                options.importInto(session, prepared, out);
            }
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            spec.commandLine().getErr().println("Not imported: " + e.getMessage());
            return FanGridCli.BAD_INPUT;
        }
    }
}
