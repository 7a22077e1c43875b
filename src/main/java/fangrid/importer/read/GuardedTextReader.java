package fangrid.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes a text file strictly while following its rows and columns the way the CSV parser will, so that a problem
 * is reported where it is (row as a spreadsheet shows it, column) instead of wherever a buffer happened to be:
 * bytes that are not valid in the encoding, a value or a row too long to be real (stopped before it fills memory),
 * too many columns, and a quote that is never closed. Blank-separated text is read through it; a delimited file is
 * parsed by FastCSV and read through this only when the parser stops at a problem, to name the place.
 */
final class GuardedTextReader extends Reader {
    /** Longest value accepted: far beyond any real cell (Excel's own limit is 32,767 characters). */
    static final int MAX_FIELD_CHARS = 1 << 20;
    /** Longest row accepted. */
    static final int MAX_ROW_CHARS = 1 << 24;
    /** Most columns accepted: Excel's limit. */
    static final int MAX_COLUMNS = 16_384;

    /** What went wrong, and where: a message fit for the user, naming the file, row and where known column. */
    static final class Problem extends IOException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final InputStream in;
    private final String fileName;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final char delimiter;
    private final boolean blanks;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    /** The bytes that failed to decode, reported once the characters before them have been read. */
    private String malformedBytes;
    private boolean eof;
    private boolean done;

    private State state = State.FIELD_START;
    private boolean afterCr;
    private long row = 1;
    private int column = 1;
    private int fieldChars;
    private int rowChars;
    /** The first row with a character beyond ASCII, or 0: UTF-8 before bytes that are not is a file in two encodings. */
    private long firstNonAsciiRow;

    /** Text whose columns are separated by {@code delimiter}, values quoted with {@code "} as in RFC 4180. */
    static GuardedTextReader delimited(InputStream in, Charset charset, char delimiter, String fileName) {
        return new GuardedTextReader(in, charset, delimiter, false, fileName);
    }

    /** Text whose columns are separated by runs of blanks, without quoting. */
    static GuardedTextReader blankSeparated(InputStream in, Charset charset, String fileName) {
        return new GuardedTextReader(in, charset, ' ', true, fileName);
    }

    private GuardedTextReader(InputStream in, Charset charset, char delimiter, boolean blanks, String fileName) {
        this.in = in;
        this.fileName = fileName;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.delimiter = delimiter;
        this.blanks = blanks;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        int end = off + n;
        for (int i = off; i < end; ) {
            int run = valueRun(buf, i, end);
            if (firstNonAsciiRow == 0) {
                noteNonAscii(buf, i, Math.max(run, i + 1));
            }
            if (run > i) {
                grow(run - i);
                i = run;
            } else {
                track(buf[i++]);
            }
        }
        return n;
    }

    private void noteNonAscii(char[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] >= 0x80 && buf[i] != '\uFEFF') {
                firstNonAsciiRow = row;
                return;
            }
        }
    }

    /** Decodes more characters; false at the end of the file. */
    private boolean fill() throws IOException {
        if (malformedBytes != null) {
            throw malformed();
        }
        if (done) {
            return atEnd();
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!eof && bytes.remaining() < 4) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    malformedBytes = hex(r.length());
                    break;
                }
                if (eof) {
                    decoder.flush(chars);
                    done = true;
                    break;
                }
            }
        } finally {
            chars.flip();
        }
        if (chars.hasRemaining()) {
            return true;
        }
        if (malformedBytes != null) {
            throw malformed();
        }
        return atEnd();
    }

    /** The end of the file: false, unless a quoted value is still open. */
    private boolean atEnd() throws Problem {
        if (state == State.QUOTED) {
            throw new Problem(fileName + ", row " + row + ", column " + column
                    + ": a quoted value (starting with \") is never closed, so the rest of the file would be read as "
                    + "one value. Add the closing quote, or double any quote inside the value (\"\").");
        }
        return false;
    }

    private String hex(int length) {
        StringBuilder hex = new StringBuilder(length == 1 ? "the byte " : "the bytes ");
        for (int i = 0; i < Math.min(length, 4); i++) {
            hex.append(i > 0 ? " " : "").append("0x")
                    .append(HexFormat.of().withUpperCase().toHexDigits(bytes.get(bytes.position() + i)));
        }
        return hex.append(length == 1 ? " is" : " are").toString();
    }

    private Problem malformed() {
        if (charset.name().equals("UTF-8") && firstNonAsciiRow > 0 && firstNonAsciiRow < row) {
            return new Problem(fileName + ", row " + row + ", column " + column + ": " + malformedBytes + " not valid "
                    + "UTF-8 text, while row " + firstNonAsciiRow + " is: the file mixes two encodings (rows pasted "
                    + "from another export, or two exports joined), or it is not UTF-8 at all. Save it again in one "
                    + "encoding (in Excel: Save As, CSV UTF-8), or choose its encoding (command line: --encoding, "
                    + "e.g. --encoding windows-31j).");
        }
        return new Problem(fileName + ", row " + row + ", column " + column + ": " + malformedBytes + " not valid "
                + charset.name() + " text, so the file is probably in another encoding. Choose the encoding (command line: --encoding, e.g. --encoding "
                + (charset.name().equalsIgnoreCase("UTF-8") ? "windows-31j" : "UTF-8") + ").");
    }

    /**
     * The end of the characters from {@code from} that only lengthen the current value, the common case taken a run
     * at a time: inside an unquoted value anything but a delimiter, quote, blank or line end; inside a quoted one
     * anything but a quote.
     */
    private int valueRun(char[] buf, int from, int end) {
        int i = from;
        if (state == State.UNQUOTED) {
            while (i < end && buf[i] > '"' && buf[i] != delimiter) {
                i++;
            }
        } else if (state == State.QUOTED) {
            while (i < end && buf[i] != '"') {
                i++;
            }
        }
        return i;
    }

    /** Follows the parser's view of quotes, delimiters and line ends; fails on runaway values and rows. */
    private void track(char c) throws Problem {
        if (afterCr) {
            afterCr = false;
            if (c == '\n' && state != State.QUOTED) {
                return;
            }
        }
        boolean lineEnd = c == '\n' || c == '\r';
        if (state == State.QUOTED) {
            if (c == '"') {
                state = State.QUOTE_IN_QUOTED;
            } else {
                grow();
            }
            return;
        }
        if (state == State.QUOTE_IN_QUOTED && c == '"') {
            state = State.QUOTED;
            grow();
            return;
        }
        if (lineEnd) {
            afterCr = c == '\r';
            row++;
            column = 1;
            rowChars = 0;
            fieldChars = 0;
            state = State.FIELD_START;
        } else if (blanks ? c == ' ' || c == '\t' : c == delimiter) {
            if (!blanks || state != State.FIELD_START) {
                nextColumn();
            }
        } else if (state == State.FIELD_START && c == '"' && !blanks) {
            state = State.QUOTED;
        } else {
            state = State.UNQUOTED;
            grow();
        }
    }

    private void nextColumn() throws Problem {
        state = State.FIELD_START;
        fieldChars = 0;
        if (++column > MAX_COLUMNS) {
            throw new Problem(fileName + ", row " + row + ": more than " + MAX_COLUMNS
                    + " columns (Excel's limit); is the delimiter right?");
        }
    }

    private void grow() throws Problem {
        grow(1);
    }

    private void grow(int chars) throws Problem {
        fieldChars += chars;
        rowChars += chars;
        if (fieldChars > MAX_FIELD_CHARS) {
            throw new Problem(fileName + ", row " + row + ", column " + column + ": a value longer than "
                    + MAX_FIELD_CHARS / (1 << 20) + " million characters; a real cell is never that long, "
                    + "so the file is probably damaged or has a stray quote (\") before this point.");
        }
        if (rowChars > MAX_ROW_CHARS) {
            throw new Problem(fileName + ", row " + row + ": a row longer than " + MAX_ROW_CHARS / (1 << 20)
                    + " million characters; is this file really a table?");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
