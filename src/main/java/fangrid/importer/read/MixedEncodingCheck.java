package fangrid.importer.read;

import fangrid.importer.detect.TextDetection;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Watches the bytes of a windows-31j (Shift_JIS) text file as the reader takes them, row by row, and stops the
 * reading where the file turns out to mix in UTF-8 rows (rows pasted from another export, two exports joined). UTF-8
 * Japanese is mostly valid windows-31j too, so the decoder lets it through as garbage: 会員1 becomes 莨壼藤1, a
 * person no one can find. A row is taken for UTF-8 when all its bytes form valid UTF-8 with two or more characters of
 * three or four bytes (windows-31j text forms one now and then by chance, two practically never); a row with a byte
 * that UTF-8 cannot have is windows-31j. A file with both is refused at the end of the row that makes it a mix,
 * naming the first UTF-8 row (the first that does not read as the file is read) and its column.
 * Rows and columns are followed as the CSV parser sees them: quotes, a line end inside a quoted value, CR LF; in
 * windows-31j a quote or a line end is never part of a character, but {@code |} can be.
 */
final class MixedEncodingCheck extends FilterInputStream {
    private static final int UTF8_CHARACTERS_FOR_A_ROW = 2;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final String fileName;
    private final String charsetName;
    private final int delimiter;
    private final boolean blanks;

    private State state = State.FIELD_START;
    private boolean afterCr;
    private long row = 1;
    private int column = 1;
    private boolean rowHasBytes;
    /** In blank-separated text: a value ended, so the next one is in the next column. */
    private boolean valueEnded;
    /** The next byte is the second of a windows-31j character. */
    private boolean trailByteNext;

    /** Continuation bytes the current UTF-8 sequence still needs, and the range of the next one. */
    private int pending;
    private int nextMin;
    private int nextMax;
    private int sequenceLength;
    private int sequenceColumn;
    private int rowUtf8Characters;
    private int rowUtf8Column;
    private boolean rowNotUtf8;

    private long firstUtf8Row;
    private int firstUtf8Column;
    private long firstOtherRow;

    private MixedEncodingCheck(InputStream in, String fileName, Charset charset, char delimiter, boolean blanks) {
        super(in);
        this.fileName = fileName;
        this.charsetName = charset.name();
        this.delimiter = delimiter;
        this.blanks = blanks;
    }

    /**
     * {@code in} watched for UTF-8 rows where {@code charset} is windows-31j or Shift_JIS, else {@code in} itself:
     * other encodings refuse UTF-8 bytes by themselves.
     *
     * @param delimiter the column delimiter, or a blank for text whose columns are separated by runs of blanks
     *                  (without quoting)
     */
    static InputStream around(InputStream in, Charset charset, char delimiter, String fileName) {
        boolean shiftJis = charset.equals(TextDetection.WINDOWS_31J) || charset.name().equals("Shift_JIS");
        return shiftJis ? new MixedEncodingCheck(in, fileName, charset, delimiter, delimiter == ' ') : in;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c < 0) {
            endOfFile();
        } else {
            take(c);
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n < 0) {
            endOfFile();
            return n;
        }
        int end = off + n;
        for (int i = off; i < end; i++) {
            i = skipPlainAscii(b, i, end);
            if (i < end) {
                take(b[i] & 0xFF);
            }
        }
        return n;
    }

    /**
     * The index of the first byte from {@code from} that needs a look, the common case taken a run at a time: inside
     * a value, ASCII other than a line end; a delimiter is counted on the way unless a quote follows it.
     */
    private int skipPlainAscii(byte[] b, int from, int end) {
        if (pending > 0 || trailByteNext) {
            return from;
        }
        int i = from;
        if (state == State.UNQUOTED && blanks) {
            while (i < end && b[i] > ' ') {
                i++;
            }
        } else if (state == State.UNQUOTED) {
            for (byte x; i < end && (x = b[i]) >= 0 && x != '\n' && x != '\r'; i++) {
                if (x == delimiter) {
                    if (i + 1 == end || b[i + 1] == '"') {
                        break;
                    }
                    column++;
                }
            }
        } else if (state == State.QUOTED) {
            while (i < end && b[i] >= 0 && b[i] != '"') {
                i++;
            }
        }
        if (i > from) {
            rowHasBytes = true;
        }
        return i;
    }

    private void take(int c) throws IOException {
        rowHasBytes = true;
        if (!rowNotUtf8) {
            followUtf8(c);
        }
        if (trailByteNext) {
            trailByteNext = false;
            if (c >= 0x40) {
                return;
            }
        } else if (c >= 0x81 && c <= 0x9F || c >= 0xE0 && c <= 0xFC) {
            trailByteNext = true;
            afterCr = false;
            valueCharacter();
            return;
        }
        followRows(c);
    }

    /** Checks {@code c} as a byte of UTF-8 text, counting this row's characters of three or four bytes. */
    private void followUtf8(int c) {
        if (pending > 0) {
            if (c >= nextMin && c <= nextMax) {
                nextMin = 0x80;
                nextMax = 0xBF;
                if (--pending == 0 && sequenceLength >= 3 && rowUtf8Characters++ == 0) {
                    rowUtf8Column = sequenceColumn;
                }
                return;
            }
            rowNotUtf8 = true;
            pending = 0;
        }
        if (c < 0x80) {
            return;
        }
        nextMin = 0x80;
        nextMax = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            pending = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            pending = 2;
            nextMin = c == 0xE0 ? 0xA0 : 0x80;
            nextMax = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            pending = 3;
            nextMin = c == 0xF0 ? 0x90 : 0x80;
            nextMax = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            rowNotUtf8 = true;
            return;
        }
        sequenceLength = pending + 1;
        sequenceColumn = column;
    }

    /** Follows quotes, delimiters and line ends as the parser does (see {@link GuardedTextReader}). */
    private void followRows(int c) throws IOException {
        if (afterCr) {
            afterCr = false;
            if (c == '\n' && state != State.QUOTED) {
                return;
            }
        }
        if (state == State.QUOTED) {
            state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            return;
        }
        if (state == State.QUOTE_IN_QUOTED && c == '"') {
            state = State.QUOTED;
            return;
        }
        if (c == '\n' || c == '\r') {
            afterCr = c == '\r';
            endOfRow();
        } else if (blanks ? c == ' ' || c == '\t' : c == delimiter) {
            valueEnded = blanks && (valueEnded || state == State.UNQUOTED);
            column += blanks ? 0 : 1;
            state = State.FIELD_START;
        } else if (state == State.FIELD_START && c == '"' && !blanks) {
            state = State.QUOTED;
        } else {
            valueCharacter();
        }
    }

    /** A character of a value (outside a quoted value, the first of a blank-separated column begins it). */
    private void valueCharacter() {
        if (state == State.QUOTED) {
            return;
        }
        if (valueEnded) {
            column++;
            valueEnded = false;
        }
        state = State.UNQUOTED;
    }

    private void endOfFile() throws IOException {
        if (rowHasBytes) {
            endOfRow();
        }
    }

    /** Decides what the row was written in; refuses the file once it has both. */
    private void endOfRow() throws IOException {
        if (pending > 0) {
            rowNotUtf8 = true;
        }
        if (rowNotUtf8) {
            firstOtherRow = firstOtherRow == 0 ? row : firstOtherRow;
        } else if (rowUtf8Characters >= UTF8_CHARACTERS_FOR_A_ROW && firstUtf8Row == 0) {
            firstUtf8Row = row;
            firstUtf8Column = rowUtf8Column;
        }
        if (firstUtf8Row > 0 && firstOtherRow > 0) {
            throw new GuardedTextReader.Problem(fileName + ", row " + firstUtf8Row + ", column " + firstUtf8Column
                    + ": this row is UTF-8 text, while the file is read as " + charsetName + " (row " + firstOtherRow
                    + " is " + charsetName + " text): the file mixes two encodings, and its UTF-8 rows would be read "
                    + "as garbage (会員1 as 莨壼藤1). Save the file again in one encoding (in Excel: Save As, "
                    + "CSV UTF-8) and import that.");
        }
        row++;
        column = 1;
        state = State.FIELD_START;
        valueEnded = false;
        rowHasBytes = false;
        trailByteNext = false;
        pending = 0;
        rowUtf8Characters = 0;
        rowNotUtf8 = false;
    }
}
