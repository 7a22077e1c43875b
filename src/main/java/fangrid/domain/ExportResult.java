package fangrid.domain;

import java.nio.file.Path;

/**
 * A finished export.
 *
 * @param file                the file written
 * @param rows                customers written
 * @param replacedCharacters  characters the charset could not hold, written as {@code ?} (windows-31j only; else 0)
 */
public record ExportResult(Path file, int rows, long replacedCharacters) {
}
