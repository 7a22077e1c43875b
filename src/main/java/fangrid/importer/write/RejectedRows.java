package fangrid.importer.write;

import fangrid.domain.BadRow;
import fangrid.files.NewFiles;
import fangrid.files.SpreadsheetText;
import fangrid.importer.parse.ValueParsers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows an import skipped as unreadable, saved as CSV (UTF-8 with BOM, for Excel): where and why, then the
 * row's original cells, so the user can fix and re-import them. The file is written only if there are any, always as
 * a new file ({@link NewFiles}: when the name is taken, by a link or an earlier list, the next free name is used),
 * and every cell a spreadsheet would run as a formula is neutralised, the source file's header included.
 */
public final class RejectedRows implements AutoCloseable {
    private final Path wanted;
    private final List<String> header;
    private Path file;
    private CSVPrinter printer;

    /** Rows to be saved to {@code file} (or a free name beside it) under {@code header}, once the first is rejected. */
    public RejectedRows(Path file, List<String> header) {
        this.wanted = file;
        this.header = header;
    }

    /** Saves a rejected row with the reason it was rejected. */
    public void add(BadRow bad, String[] cells) throws IOException {
        if (printer == null) {
            NewFiles.Created created = NewFiles.createFree(wanted);
            file = created.file();
            Writer w = new BufferedWriter(new OutputStreamWriter(created.out(), StandardCharsets.UTF_8));
            w.write('\uFEFF');
            List<String> columns = new ArrayList<>(List.of("row", "column", "reason"));
            header.forEach(h -> columns.add(SpreadsheetText.neutralize(h)));
            printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).build().print(w);
        }
        List<String> values = new ArrayList<>(List.of(Long.toString(bad.row()),
                bad.column() == null ? "" : SpreadsheetText.neutralize(bad.column()), SpreadsheetText.neutralize(bad.reason())));
        for (String c : cells) {
            values.add(SpreadsheetText.neutralizeUnlessNumber(c));
        }
        printer.printRecord(values);
    }

    /** The saved file, or null when no row was rejected. */
    public Path file() {
        return file;
    }

    /** Closes and deletes the saved file, if any (the import was taken back); nothing else is ever deleted. */
    public void discard() throws IOException {
        close();
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
