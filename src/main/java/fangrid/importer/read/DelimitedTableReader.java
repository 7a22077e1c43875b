package fangrid.importer.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import fangrid.domain.ImportException;
import fangrid.files.IoReasons;
import fangrid.importer.detect.TextDetection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * CSV / TSV / ;- or |-separated text in UTF-8 (with or without BOM), UTF-16 (with BOM, or without by its NULs),
 * windows-31j, EUC-JP or ISO-2022-JP; a byte-order mark is dropped before parsing, and a {@code .gz} file is read
 * through gzip. windows-31j (MS932) rather than Shift_JIS, which rejects ①, ㈱ and 髙.
 * Parsed by FastCSV as RFC 4180 says, keeping text after a closing quote ({@code "abc"def}) as Excel does.
 * Binary files, invalid bytes, runaway values, too many columns and unclosed quotes are refused naming the row and
 * column: the parser stops at them, and the file is then read again by {@link GuardedTextReader}, which follows rows
 * and columns character by character to say where (too slow to do on every import).
 * Empty lines are skipped but counted, so row numbers match a spreadsheet's.
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
        String[][] first = new String[1][];
        long at = records((row, cells) -> {
            first[0] = cells;
            return false;
        });
        if (first[0] == null) {
            throw new ImportException(fileName + " is empty: it has no header row.");
        }
        this.header = List.of(first[0]);
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
            throw new ImportException("Cannot read " + fileName + ": " + IoReasons.of(e), e);
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
        records((row, cells) -> {
            if (row > headerRow) {
                handler.row(row, cells);
            }
            return true;
        });
    }

    /** Receives the file's non-empty records with their row numbers; false stops the reading. */
    @FunctionalInterface
    private interface RecordVisitor {
        boolean visit(long row, String[] cells) throws ImportException;
    }

    /** Reads records until the visitor stops or the file ends; returns the row number reached. */
    private long records(RecordVisitor visitor) throws ImportException {
        long row = 0;
        try (CsvReader<String[]> csv = parser()) {
            for (String[] cells : csv) {
                row++;
                if (!isEmpty(cells) && !visitor.visit(row, cells)) {
                    break;
                }
            }
            return row;
        } catch (CsvParseException e) {
            throw located(e, row);
        } catch (UncheckedIOException e) {
            throw problem(e.getCause(), row);
        } catch (IOException e) {
            throw problem(e, row);
        }
    }

    /** A line with nothing on it: skipped, as a spreadsheet shows it as an empty row. */
    private static boolean isEmpty(String[] cells) {
        return cells.length == 1 && cells[0].isEmpty();
    }

    private ImportException problem(IOException e, long lastRow) {
        if (e instanceof GuardedTextReader.Problem) {
            return new ImportException(e.getMessage(), e);
        }
        if (e instanceof CharacterCodingException) {
            return located(e, lastRow);
        }
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return new ImportException(fileName + ", row " + (lastRow + 1) + ": the compressed file is cut short or "
                    + "damaged. Copy or download it again.", e);
        }
        return new ImportException(fileName + ", row " + (lastRow + 1) + ": cannot be read as "
                + describe() + " text (" + e.getMessage() + ").", e);
    }

    /**
     * The parser stopped at something wrong in the text (a runaway or unclosed value, too many columns, bytes that
     * are not text): reads the file again with the guard, which names the row and column and says what to do.
     */
    private ImportException located(Exception e, long lastRow) {
        try (Reader guarded = GuardedTextReader.delimited(checkedText(), charset, delimiter, fileName)) {
            char[] buf = new char[1 << 16];
            while (guarded.read(buf, 0, buf.length) >= 0) {
                // reading on until the guard objects
            }
        } catch (GuardedTextReader.Problem p) {
            return new ImportException(p.getMessage(), e);
        } catch (IOException again) {
            // the guard saw nothing more specific: say what the parser said
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new ImportException(fileName + ", row " + (lastRow + 1) + ": cannot be read as " + describe()
                + " text (" + cause.getMessage() + ").", e);
    }

    private CsvReader<String[]> parser() throws IOException {
        Reader reader = new InputStreamReader(checkedText(), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        RepeatingCellsHandler cells = new RepeatingCellsHandler(GuardedTextReader.MAX_COLUMNS,
                GuardedTextReader.MAX_FIELD_CHARS, GuardedTextReader.MAX_ROW_CHARS);
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"').skipEmptyLines(false)
                .allowExtraFields(true).allowMissingFields(true).allowExtraCharsAfterClosingQuote(true)
                .allowUnclosedQuote(false).maxBufferSize(4 * GuardedTextReader.MAX_FIELD_CHARS).build(cells, reader);
    }

    /** The file's bytes after any byte-order mark, refused where they mix encodings ({@link MixedEncodingCheck}). */
    private InputStream checkedText() throws IOException {
        return MixedEncodingCheck.around(text(), charset, delimiter, fileName);
    }

    /** The file's bytes after any byte-order mark. */
    private InputStream text() throws IOException {
        return BOMInputStream.builder().setInputStream(rawStream(file))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
    }

    /** The file's bytes; a {@code .gz} file is decompressed as it streams. */
    static InputStream rawStream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
    }
}
