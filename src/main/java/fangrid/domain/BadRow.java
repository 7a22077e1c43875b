package fangrid.domain;

/** A row that cannot be imported: where it is and why. */
public record BadRow(long row, String column, String reason) {
    /** E.g. {@code row 12, column 受注日時: not a date: "2024/13/45"}. */
    public String describe() {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
