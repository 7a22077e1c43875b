package fangrid.importer.write;

import fangrid.domain.BadRow;
import fangrid.importer.parse.ValueParsers;
import java.io.IOException;
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
 * row's original cells, so the user can fix and re-import them. The file is written only if there are any.
 */
public final class RejectedRows implements AutoCloseable {
    private final Path file;
    private final List<String> header;
    private CSVPrinter printer;

    /** Rows to be saved to {@code file} under {@code header}, once the first is rejected. */
    public RejectedRows(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** Saves a rejected row with the reason it was rejected. */
    public void add(BadRow bad, String[] cells) throws IOException {
        if (printer == null) {
            Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            List<String> columns = new ArrayList<>(List.of("row", "column", "reason"));
            columns.addAll(header);
            printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).build().print(w);
        }
        List<String> values = new ArrayList<>(List.of(Long.toString(bad.row()), bad.column() == null ? "" : bad.column(),
                bad.reason()));
        for (String c : cells) {
            values.add(neutralize(c));
        }
        printer.printRecord(values);
    }

    /** A cell Excel would run as a formula (=, +, -, @ first, and not a plain number) gets a leading quote. */
    static String neutralize(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0 || ValueParsers.number(cell) != null) {
            return cell;
        }
        return "'" + cell;
    }

    /** The saved file, or null when no row was rejected. */
    public Path file() {
        return printer == null ? null : file;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
