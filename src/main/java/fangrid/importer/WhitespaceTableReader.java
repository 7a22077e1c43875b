package fangrid.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text whose columns are separated by runs of blanks, with leading blanks (CDNOW's {@code CDNOW_master.txt}):
 * no quoting, so a value never contains a blank.
 */
public final class WhitespaceTableReader implements TableReader {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Path file;
    private final Charset charset;
    private final List<String> header;

    WhitespaceTableReader(Path file, Charset charset, String firstLine) {
        this.file = file;
        this.charset = charset;
        this.header = List.of(split(firstLine));
    }

    /** Whether a first line looks like blank-separated columns: no other delimiter, two or more words. */
    static boolean looksLikeIt(String firstLine) {
        String t = firstLine.strip();
        return !t.isEmpty() && DelimitedTableReader.detectDelimiter(t) == ',' && t.indexOf(',') < 0
                && BLANKS.split(t).length >= 2;
    }

    private static String[] split(String line) {
        return BLANKS.split(line.strip());
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String describe() {
        return charset.name() + ", blank-separated";
    }

    @Override
    public void rows(RowHandler handler) throws ImportException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(DelimitedTableReader.rawStream(file), charset), 1 << 16)) {
            r.readLine();
            long row = 1;
            for (String line; (line = r.readLine()) != null; ) {
                row++;
                if (!line.isBlank()) {
                    handler.row(row, split(line));
                }
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
