package fangrid.cli;

import fangrid.domain.BadRow;
import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.DecimalMark;
import fangrid.domain.FavorabilityScale;
import fangrid.domain.Field;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import fangrid.project.FileToImport;
import fangrid.project.FileAnalysis;
import fangrid.project.ProjectSession;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to read a file: the options {@code import} and {@code analyze --input} share, and the import itself. */
final class ImportOptions {
    /** Rows with accepted out-of-range dates printed: enough to find them, not a wall of text. */
    private static final int LISTED_DATES = 10;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the workbook sheet, matched ignoring case (default: the first)")
    private String sheet;

    @Option(names = "--encoding", paramLabel = "NAME", description = "e.g. windows-31j, UTF-8 (default: detected)")
    private String encoding;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "map a field to a column, overriding the proposal")
    private Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--favorability-scale", paramLabel = "SCALE",
            description = "survey answers as levels (1–7 or labels), stars5 (1–5) or nps (0–10); default: detected")
    private String favorabilityScale;

    @Option(names = "--favorability-map", paramLabel = "ANSWER=LEVEL", split = ",",
            description = "what an answer of a stars or NPS scale means on the 7 levels, overriding the table, e.g. 4=6,5=7")
    private Map<Integer, Integer> favorabilityMap = new LinkedHashMap<>();

    @Option(names = "--skip-bad-rows", description = "import the good rows and list the bad ones (default: stop)")
    private boolean skipBadRows;

    @Option(names = "--decimal-comma", description = "numbers are written 1.234,56 (most of Europe): a comma before"
            + " the decimals, points or blanks between thousands (default: 1,234.56); text files only")
    private boolean decimalComma;

    @Option(names = "--allow-future-dates", description = "import dates after today or before 1900, which are bad"
            + " input otherwise, and count them")
    private boolean allowFutureDates;

    /** A file opened and mapped, ready to import. */
    record Prepared(FileToImport file, ColumnMapping mapping) {
    }

    /** Opens {@code file} and settles its mapping, printing both to {@code out}; touches no project. */
    Prepared prepare(Path file, DataKind kind, PrintWriter out) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a folder, not a file: name the spreadsheet file to import");
        }
        if (!Files.exists(file)) {
            throw new ImportException("No such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + " is not a regular file (a device or pipe?): name a spreadsheet file");
        }
        FileToImport opened = FileToImport.open(file, new ReadOptions(charset(), null, sheet), kind);
        ColumnMapping mapping = opened.proposedMapping();
        if (favorabilityScale != null) {
            FavorabilityScale scale = FavorabilityScale.ofId(favorabilityScale);
            if (scale == null) {
                throw new ImportException("--favorability-scale must be levels, stars5 or nps, not '" + favorabilityScale + "'");
            }
            mapping = mapping.withFavorabilityScale(scale);
        }
        for (Map.Entry<String, String> e : map.entrySet()) {
            mapping = mapping.with(field(kind, e.getKey()), e.getValue());
        }
        mapping = mapping.withDecimalMark(decimalComma ? DecimalMark.COMMA : DecimalMark.POINT)
                .withDateRange(mapping.dateRange().acceptingOutside(allowFutureDates));
        for (Map.Entry<Integer, Integer> e : favorabilityMap.entrySet()) {
            try {
                mapping = mapping.withFavorabilityLevel(e.getKey(), e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new ImportException("--favorability-map " + e.getKey() + "=" + e.getValue() + ": " + bad.getMessage());
            }
        }
        out.println("file: " + file.getFileName() + " (" + opened.describe() + ")");
        out.println("mapping: " + mapping);
        if (opened.dateOrder() != null) {
            out.println("date order for d/m/yyyy-style dates: " + opened.dateOrder());
        }
        return new Prepared(opened, mapping);
    }

    /** Imports a prepared file into the session's project, printing the counts to {@code out}. */
    ImportReport importInto(ProjectSession session, Prepared f, PrintWriter out)
            throws ImportException, SQLException, ProjectException {
        ImportReport report = session.importFile(f.file(), f.mapping(), skipBadRows, ImportProgress.NONE);
        print(out, report);
        return report;
    }

    /** Reads a prepared transactions file into memory, with no project, printing the counts as an import does. */
    FileAnalysis readIntoMemory(Prepared f, PrintWriter out) throws ImportException {
        FileAnalysis file = FileAnalysis.read(f.file(), f.mapping(), skipBadRows);
        print(out, file.report());
        return file;
    }

    static DataKind kind(String id) throws ImportException {
        for (DataKind k : DataKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new ImportException("--kind must be transactions, customers, survey or catalog, not '" + id + "'");
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
        r.skipped().forEach((reason, n) -> out.println("  " + reason.text() + ": " + n));
        if (r.badRowCount() > 0) {
            out.println("  bad rows: " + r.badRowCount());
            for (BadRow b : r.badRows()) {
                out.println("    " + b.describe());
            }
            out.println("rejected rows saved to: " + r.rejectedFile());
        }
        if (r.datesOutsideRangeCount() > 0) {
            out.println("dates after today or before 1900, accepted: " + r.datesOutsideRangeCount());
            r.datesOutsideRange().stream().limit(LISTED_DATES).forEach(b -> out.println("    " + b.describe()));
        }
    }
}
