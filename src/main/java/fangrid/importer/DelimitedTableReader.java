package fangrid.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * CSV / TSV / ;- or |-separated text in UTF-8 (with or without BOM), UTF-16 (with BOM, or without by its NULs),
 * windows-31j, EUC-JP or ISO-2022-JP; a byte-order mark is dropped before parsing, and a {@code .gz} file is read
 * through gzip. windows-31j (MS932) rather than Shift_JIS, which rejects ①, ㈱ and 髙.
 * Binary files, invalid bytes, runaway values and unclosed quotes are refused naming the row
 * (see {@link GuardedTextReader}); empty lines are skipped but counted, so row numbers match a spreadsheet's.
 */
public final class DelimitedTableReader implements TableReader {
    /** Japanese shops' CSV encoding: Microsoft's Shift_JIS. */
    public static final Charset WINDOWS_31J = TextDetection.WINDOWS_31J;

    private final Path file;
    private final String fileName;
    private final Charset charset;
    private final char delimiter;
    private final List<String> header;
    private final long headerRow;

    public DelimitedTableReader(Path file, Charset charset, char delimiter) throws ImportException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.charset = charset;
        this.delimiter = delimiter;
        List<String> h = new ArrayList<>();
        long at = 0;
        try (CSVParser p = parser()) {
            Iterator<CSVRecord> it = p.iterator();
            while (h.isEmpty() && hasNext(it)) {
                CSVRecord r = it.next();
                at = r.getRecordNumber();
                if (!isEmpty(r)) {
                    r.forEach(h::add);
                }
            }
        } catch (IOException e) {
            throw problem(e, at);
        }
        if (h.isEmpty()) {
            throw new ImportException(fileName + " is empty: it has no header row.");
        }
        this.header = List.copyOf(h);
        this.headerRow = at;
    }

    /**
     * Opens a file, detecting from its first bytes the encoding and delimiter that are not given (null);
     * a file whose columns are separated by runs of blanks gets a {@link WhitespaceTableReader}.
     *
     * @throws ImportException if the file is empty or does not look like text
     */
    public static TableReader open(Path file, Charset charset, Character delimiter) throws ImportException {
        String fileName = file.getFileName().toString();
        Charset cs;
        String text;
        try (InputStream in = rawStream(file)) {
            byte[] head = in.readNBytes(TextDetection.SNIFF_BYTES);
            if (head.length == 0) {
                throw new ImportException(fileName + " is empty (0 bytes): there is nothing to import.");
            }
            cs = charset != null ? charset : TextDetection.detectCharset(head, in);
            TextDetection.requireText(head, cs, fileName);
            text = new String(head, cs);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
        String firstLine = text.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (delimiter == null && WhitespaceTableReader.looksLikeIt(firstLine)) {
            return new WhitespaceTableReader(file, cs, firstLine);
        }
        return new DelimitedTableReader(file, cs, delimiter != null ? delimiter : TextDetection.detectDelimiter(text));
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
        long at = headerRow;
        try (CSVParser p = parser()) {
            Iterator<CSVRecord> it = p.iterator();
            while (hasNext(it)) {
                CSVRecord r = it.next();
                at = r.getRecordNumber();
                if (at > headerRow && !isEmpty(r)) {
                    String[] cells = new String[r.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = r.get(i);
                    }
                    handler.row(at, cells);
                }
            }
        } catch (IOException e) {
            throw problem(e, at);
        }
    }

    /** The parser's iterator wraps read errors as unchecked: unwrap them. */
    private static boolean hasNext(Iterator<CSVRecord> it) throws IOException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            // commons-csv reports a malformed record (text after a closing quote …) as IllegalStateException
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A line with nothing on it: skipped, as a spreadsheet shows it as an empty row. */
    private static boolean isEmpty(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    private ImportException problem(IOException e, long lastRow) {
        if (e instanceof GuardedTextReader.Problem) {
            return new ImportException(e.getMessage(), e);
        }
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return new ImportException(fileName + ", row " + (lastRow + 1) + ": the compressed file is cut short or "
                    + "damaged. Copy or download it again.", e);
        }
        return new ImportException(fileName + ", row " + (lastRow + 1) + ": cannot be read as "
                + describe() + " text (" + e.getMessage() + ").", e);
    }

    private CSVParser parser() throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(rawStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        GuardedTextReader reader = GuardedTextReader.delimited(in, charset, delimiter, fileName);
        // Trailing data after a closing quote ("abc"def) is kept as Excel keeps it rather than refused.
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrailingData(true)
                .build().parse(reader);
    }

    /** The file's bytes; a {@code .gz} file is decompressed as it streams. */
    static InputStream rawStream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    }
}
