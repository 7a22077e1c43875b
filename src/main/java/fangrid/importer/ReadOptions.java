package fangrid.importer;

import java.nio.charset.Charset;

/**
 * How to read a file where the user overrides detection.
 *
 * @param charset   the text encoding, or null to detect it
 * @param delimiter the column delimiter of a text file, or null to detect it
 * @param sheet     the workbook sheet to read, or null for the first
 */
public record ReadOptions(Charset charset, Character delimiter, String sheet) {
    /** Detect everything. */
    public static final ReadOptions DETECT = new ReadOptions(null, null, null);
}
