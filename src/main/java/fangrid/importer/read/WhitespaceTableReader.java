package fangrid.importer.read;

import fangrid.domain.ImportException;
import fangrid.files.IoReasons;
import fangrid.importer.detect.TextDetection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

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
        return !t.isEmpty() && TextDetection.detectDelimiter(t) == ',' && t.indexOf(',') < 0
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
        String fileName = file.getFileName().toString();
        InputStream in;
        try {
            in = MixedEncodingCheck.around(BOMInputStream.builder().setInputStream(DelimitedTableReader.rawStream(file))
                    .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get(),
                    charset, ' ', fileName);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + fileName + ": " + IoReasons.of(e), e);
        }
        try (BufferedReader r = new BufferedReader(GuardedTextReader.blankSeparated(in, charset, fileName), 1 << 16)) {
            long row = 0;
            boolean headerSeen = false;
            for (String line; (line = r.readLine()) != null; ) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                if (headerSeen) {
                    handler.row(row, split(line));
                }
                headerSeen = true;
            }
        } catch (GuardedTextReader.Problem e) {
            throw new ImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + fileName + ": " + IoReasons.of(e), e);
        }
    }
}
