package fangrid.project;

import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.PreviewRow;
import fangrid.domain.ReadOptions;
import fangrid.importer.ImportPreview;
import fangrid.importer.MappingProposal;
import fangrid.importer.read.TableReader;
import java.nio.file.Path;
import java.util.List;

/**
 * A spreadsheet opened to be imported as one kind of data: how it is read, its header, the mapping FanGrid proposes,
 * and its first rows as the import would read them. Opening it touches no project.
 */
public final class FileToImport {
    private final Path file;
    private final DataKind kind;
    private final TableReader reader;
    private final MappingProposal proposal;

    private FileToImport(Path file, DataKind kind, TableReader reader, MappingProposal proposal) {
        this.file = file;
        this.kind = kind;
        this.reader = reader;
        this.proposal = proposal;
    }

    /** Opens {@code file} with {@code options} (encoding, sheet; null parts detected) and proposes a mapping. */
    public static FileToImport open(Path file, ReadOptions options, DataKind kind) throws ImportException {
        TableReader reader = TableReader.open(file, options);
        return new FileToImport(file, kind, reader, MappingProposal.of(reader, kind));
    }

    /** The sheets of a workbook, or an empty list for text files. */
    public static List<String> sheetNames(Path file) throws ImportException {
        return TableReader.sheetNames(file);
    }

    public Path file() {
        return file;
    }

    public DataKind kind() {
        return kind;
    }

    /** How the file is read, e.g. "windows-31j, comma-separated". */
    public String describe() {
        return reader.describe();
    }

    /** The column names of the header row. */
    public List<String> header() {
        return reader.header();
    }

    /** The mapping proposed from the header (and, for survey favorability, from the answers). */
    public ColumnMapping proposedMapping() {
        return proposal.mapping();
    }

    /** How d/m/yyyy-style dates are read, or null when the file has none. */
    public String dateOrder() {
        return proposal.hasDates() ? proposal.describeDateOrder() : null;
    }

    /** The first {@code limit} data rows as {@code mapping} would import them, problems marked. */
    public List<PreviewRow> preview(ColumnMapping mapping, int limit) throws ImportException {
        return ImportPreview.of(reader, kind, mapping, limit);
    }

    TableReader reader() {
        return reader;
    }
}
