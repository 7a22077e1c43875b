package fangrid.domain;

import java.util.Map;

/** One row of a file as an import would read it, by field: what each value becomes, and what is wrong with it. */
public record PreviewRow(long rowNumber, Map<Field, Cell> cells) {
    /** One previewed value: the text shown, and the problem if the import would reject it (else null). */
    public record Cell(String text, String problem) {
    }
}
