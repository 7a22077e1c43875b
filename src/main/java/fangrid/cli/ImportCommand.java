package fangrid.cli;

import fangrid.domain.DataKind;
import fangrid.importer.BadRow;
import fangrid.importer.ColumnMapping;
import fangrid.importer.FavorabilityScale;
import fangrid.importer.Field;
import fangrid.importer.ImportException;
import fangrid.importer.ImportProgress;
import fangrid.importer.ImportReport;
import fangrid.importer.ImportService;
import fangrid.importer.MappingProposal;
import fangrid.importer.ReadOptions;
import fangrid.importer.TableReader;
import fangrid.store.Project;
import fangrid.store.ProjectException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            description = "transactions, customers, survey or catalog")
    private String kind;

    @Parameters(paramLabel = "FILE", description = "the file to import")
    private Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the workbook sheet, matched ignoring case (default: the first)")
    private String sheet;

    @Option(names = "--encoding", paramLabel = "NAME", description = "e.g. windows-31j, UTF-8 (default: detected)")
    private String encoding;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "map a field to a column, overriding the proposal")
    private Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--favorability-scale", paramLabel = "SCALE",
            description = "survey answers as levels (1–7 or labels), stars5 (1–5) or nps (0–10); default: detected")
    private String favorabilityScale;

    @Option(names = "--skip-bad-rows", description = "import the good rows and list the bad ones (default: stop)")
    private boolean skipBadRows;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DataKind k = parseKind();
            if (!Files.isRegularFile(file)) {
                throw new ImportException("No such file: " + file);
            }
            TableReader reader = TableReader.open(file, new ReadOptions(charset(), null, sheet));
            MappingProposal proposal = MappingProposal.of(reader, k);
            ColumnMapping mapping = proposal.mapping();
            if (favorabilityScale != null) {
                FavorabilityScale scale = FavorabilityScale.ofId(favorabilityScale);
                if (scale == null) {
                    throw new ImportException("--favorability-scale must be levels, stars5 or nps, not '"
                            + favorabilityScale + "'");
                }
                mapping = mapping.withFavorabilityScale(scale);
            }
            for (Map.Entry<String, String> e : map.entrySet()) {
                mapping = mapping.with(field(k, e.getKey()), e.getValue());
            }
            out.println("file: " + file.getFileName() + " (" + reader.describe() + ")");
            out.println("mapping: " + mapping);
            if (proposal.hasDates()) {
                out.println("date order for d/m/yyyy-style dates: " + proposal.describeDateOrder());
            }
            ImportReport report;
            try (Project p = Project.openOrCreate(project)) {
                report = new ImportService().importFile(p, file, k, reader, mapping, skipBadRows, ImportProgress.NONE);
            }
            print(out, report);
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            err.println("Not imported: " + e.getMessage());
            return FanGridCli.BAD_INPUT;
        }
    }

    private DataKind parseKind() throws ImportException {
        for (DataKind k : DataKind.values()) {
            if (k.id().equals(kind)) {
                return k;
            }
        }
        throw new ImportException("--kind must be transactions, customers, survey or catalog, not '" + kind + "'");
    }

    private Charset charset() throws ImportException {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new ImportException("Unknown encoding '" + encoding + "' (try windows-31j, UTF-8, UTF-16)");
        }
    }

    private static Field field(DataKind kind, String name) throws ImportException {
        for (Field f : Field.of(kind)) {
            if (f.id().equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new ImportException("--map: a " + kind.id() + " file has no field '" + name + "' (fields: "
                + String.join(", ", Field.of(kind).stream().map(Field::id).toList()) + ")");
    }

    private static void print(PrintWriter out, ImportReport r) {
        out.println("read: " + r.rowsRead());
        out.println("imported: " + r.rowsImported());
        out.println("skipped: " + r.rowsSkipped());
        r.skipped().forEach((reason, n) -> out.println("  " + reason + ": " + n));
        if (r.badRowCount() > 0) {
            out.println("  bad rows: " + r.badRowCount());
            for (BadRow b : r.badRows()) {
                out.println("    " + b.describe());
            }
            out.println("rejected rows saved to: " + r.rejectedFile());
        }
    }
}
