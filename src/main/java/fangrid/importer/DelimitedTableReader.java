package fangrid.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * CSV / TSV / ;- or |-separated text in UTF-8 (with or without BOM), UTF-16 with BOM or windows-31j;
 * a byte-order mark is dropped before parsing, and a {@code .gz} file is read through gzip.
 * windows-31j (MS932) rather than Shift_JIS, which rejects ①, ㈱ and 髙.
 */
public final class DelimitedTableReader implements TableReader {
    /** Japanese shops' CSV encoding: Microsoft's Shift_JIS. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path file;
    private final Charset charset;
    private final char delimiter;
    private final List<String> header;

    public DelimitedTableReader(Path file, Charset charset, char delimiter) throws ImportException {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        List<String> h = new ArrayList<>();
        try (CSVParser p = parser()) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                throw new ImportException(file.getFileName() + " is empty: it has no header row.");
            }
            it.next().forEach(h::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        this.header = List.copyOf(h);
    }

    /**
     * Opens a file, detecting from its first bytes the encoding and delimiter that are not given (null);
     * a file whose columns are separated by runs of blanks gets a {@link WhitespaceTableReader}.
     */
    public static TableReader open(Path file, Charset charset, Character delimiter) throws ImportException {
        byte[] head = sniff(file);
        Charset cs = charset != null ? charset : detectCharset(head);
        String text = new String(head, cs);
        String firstLine = text.lines().findFirst().orElse("");
        if (delimiter == null && WhitespaceTableReader.looksLikeIt(firstLine)) {
            return new WhitespaceTableReader(file, cs, firstLine);
        }
        return new DelimitedTableReader(file, cs, delimiter != null ? delimiter : detectDelimiter(text));
    }

    @Override
    public String describe() {
        String d = switch (delimiter) {
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
        return charset.name() + ", " + d + "-separated";
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public void rows(RowHandler handler) throws ImportException {
        try (CSVParser p = parser()) {
            Iterator<CSVRecord> it = p.iterator();
            it.next();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                String[] cells = new String[r.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = r.get(i);
                }
                handler.row(r.getRecordNumber(), cells);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private CSVParser parser() throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(rawStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build().parse(reader);
    }

    /** The file's bytes; a {@code .gz} file is decompressed as it streams. */
    static InputStream rawStream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    }

    private static byte[] sniff(Path file) throws ImportException {
        try (InputStream in = rawStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** BOM first; else strict UTF-8 if the bytes decode as such; else windows-31j. */
    static Charset detectCharset(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            int len = head.length;
            // A multi-byte character may be cut at the end of the sniffed block: ignore a partial tail.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, Math.max(0, len - (len == SNIFF_BYTES ? 3 : 0))));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_31J;
        }
    }

    /** The candidate that appears most often on the first line, comma when none does. */
    static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', '\t', ';', '|'}) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }
}
