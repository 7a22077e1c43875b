package fangrid.importer.detect;

import fangrid.domain.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides from a file's first bytes whether it is text at all, its encoding and its delimiter.
 * Works on however few bytes there are: a one-line header-only file is enough.
 */
public final class TextDetection {
    /** Japanese shops' CSV encoding: Microsoft's Shift_JIS. */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
    /** How much of the head is looked at. */
    public static final int SNIFF_BYTES = 64 * 1024;
    /** Share of control bytes above which a file is taken for binary: text has almost none, random bytes ~11 %. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};

    private TextDetection() {
    }

    /**
     * Fails unless {@code head} looks like text: no more than a trace of NUL and other control bytes.
     * UTF-16 and UTF-32 are exempt from the NUL count (their ASCII characters carry NUL bytes).
     */
    public static void requireText(byte[] head, Charset charset, String fileName) throws ImportException {
        if (charset != null && (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32"))) {
            return;
        }
        String kind = knownBinaryKind(head);
        if (kind != null) {
            throw notText(fileName, "it is " + kind);
        }
        int suspicious = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && c != 0x1B || c == 0x7F) {
                suspicious++;
            }
        }
        if (suspicious > 0 && suspicious >= head.length * MAX_CONTROL_SHARE) {
            throw notText(fileName, "its first bytes hold binary data, NUL or other control characters");
        }
    }

    private static ImportException notText(String fileName, String why) {
        return new ImportException(fileName + " does not look like text: " + why + ", so it cannot be read as CSV "
                + "or TSV. Choose the shop's export itself: a .csv, .tsv or .txt text file, "
                + "or an Excel .xlsx or .xls.");
    }

    /** A name for common non-text formats by their magic bytes, or null. */
    private static String knownBinaryKind(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(h, 'P', 'K', 3, 4)) {
            return "a ZIP archive";
        }
        if (startsWith(h, 0x1F, 0x8B)) {
            return "a gzip archive; name it .gz to have it read";
        }
        return null;
    }

    /** Whether {@code h} begins with the bytes {@code magic}. */
    public static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The encoding: a byte-order mark first; UTF-16 without one by its NUL pattern; ISO-2022-JP by its escapes;
     * else strict UTF-8 if the first non-ASCII bytes decode as such (reading on from {@code rest} past an all-ASCII
     * head, so that a Shift_JIS name on row 5,000 is not missed); else windows-31j, or EUC-JP when only that fits.
     *
     * @param rest the stream positioned just after {@code head}, or null to decide on the head alone
     */
    public static Charset detectCharset(byte[] head, InputStream rest) throws IOException {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return utf16;
        }
        if (contains(head, 0x1B, '$', 'B') || contains(head, 0x1B, '$', '@')) {
            return ISO_2022_JP;
        }
        byte[] sample = head;
        int from = firstNonAscii(head);
        boolean full = head.length == SNIFF_BYTES;
        if (from < 0 && full && rest != null) {
            byte[] buf = new byte[SNIFF_BYTES];
            for (int n; (n = rest.readNBytes(buf, 0, buf.length)) > 0; ) {
                int at = firstNonAscii(buf, n);
                if (at >= 0) {
                    sample = java.util.Arrays.copyOfRange(buf, at, n);
                    from = 0;
                    full = n == buf.length;
                    break;
                }
            }
        }
        if (from < 0) {
            return StandardCharsets.UTF_8;
        }
        // A multi-byte character may be cut at the end of a full block: leave out the last one
        int end = full ? withoutLastUtf8Character(sample, from) : sample.length;
        if (decodes(sample, from, end, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        int eucEnd = Math.max(from, sample.length - (full ? 2 : 0));
        if (!decodes(sample, from, eucEnd, WINDOWS_31J) && decodes(sample, from, eucEnd, EUC_JP)) {
            return EUC_JP;
        }
        return WINDOWS_31J;
    }

    /**
     * The end of {@code b} without its last character as UTF-8 reads it (continuation bytes are 10xxxxxx), which a
     * block may have cut. Dropping a fixed three bytes instead cut the character before whenever that one was
     * whole, and so took a UTF-8 file for windows-31j.
     */
    private static int withoutLastUtf8Character(byte[] b, int from) {
        int k = b.length - 1;
        while (k > from && b.length - k < 4 && (b[k] & 0xC0) == 0x80) {
            k--;
        }
        return Math.max(from, k);
    }

    /** UTF-16 text without a BOM: ASCII characters give a NUL in every other byte. */
    private static Charset utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length / 2, 4096);
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            evenNul += head[2 * i] == 0 ? 1 : 0;
            oddNul += head[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddNul >= pairs * 0.6 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul >= pairs * 0.6 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean contains(byte[] h, int a, int b, int c) {
        for (int i = 0; i + 2 < h.length; i++) {
            if (h[i] == a && h[i + 1] == b && h[i + 2] == c) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonAscii(byte[] b) {
        return firstNonAscii(b, b.length);
    }

    private static int firstNonAscii(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean decodes(byte[] b, int from, int to, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The delimiter: of comma, tab, semicolon and pipe, the one found most often outside quotes on the first line,
     * ties going to the one that recurs as often on the second; comma when none occurs (a one-column file).
     */
    public static char detectDelimiter(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", 3);
        char best = ',';
        long bestCount = 0;
        boolean bestSteady = false;
        for (char c : DELIMITERS) {
            long n = countOutsideQuotes(lines[0], c);
            boolean steady = lines.length > 1 && countOutsideQuotes(lines[1], c) == n;
            if (n > bestCount || n == bestCount && n > 0 && steady && !bestSteady) {
                best = c;
                bestCount = n;
                bestSteady = steady;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char c) {
        long n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
