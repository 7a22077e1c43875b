package fangrid.domain;

import java.nio.charset.Charset;

/**
 * How to read a file where the user overrides detection.
 *
 * @param charset   the text encoding, or null to detect it
 * @param delimiter the column delimiter of a text file, or null to detect it
 * @param sheet     the workbook sheet to read (matched ignoring case), or null for the first
 */
public record ReadOptions(Charset charset, Character delimiter, String sheet) {
    /** Detect everything. */
    public static final ReadOptions DETECT = new ReadOptions(null, null, null);

    /** These options with the encoding set, or null to detect it. */
    public ReadOptions withCharset(Charset newCharset) {
        return new ReadOptions(newCharset, delimiter, sheet);
    }

    /** These options with the delimiter set, or null to detect it. */
    public ReadOptions withDelimiter(Character newDelimiter) {
        return new ReadOptions(charset, newDelimiter, sheet);
    }

    /** These options with the sheet set (one of {@link TableReader#sheetNames}), or null for the first. */
    public ReadOptions withSheet(String newSheet) {
        return new ReadOptions(charset, delimiter, newSheet);
    }
}
