package fangrid.importer;

import fangrid.domain.BadRow;
import fangrid.domain.ColumnMapping;
import fangrid.domain.Field;
import fangrid.domain.ImportException;
import fangrid.domain.SkipReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The refusal of an import that would store no row, saying why: an empty log line and "imported: 0" look like
 * success and leave the user guessing whether the file, its mapping or FanGrid is wrong.
 */
final class NothingToImport {
    /** The skip reasons that come from an empty field, with the field: the message names the column read for it. */
    private static final Map<SkipReason, Field> EMPTY_FIELDS = Map.of(SkipReason.NO_CUSTOMER_ID, Field.CUSTOMER_ID,
            SkipReason.NO_PRODUCT_CODE, Field.PRODUCT_CODE);

    private NothingToImport() {
    }

    /**
     * Why none of a file's rows would be imported.
     *
     * @param skipped   rows left out on purpose, by reason
     * @param badCount  rows that could not be read (when they are skipped rather than fatal)
     * @param firstBad  the first of those, or null
     */
    static ImportException of(String fileName, ColumnMapping mapping, long read, Map<SkipReason, Long> skipped,
                              long badCount, BadRow firstBad) {
        if (read == 0) {
            return new ImportException(fileName + " has no data rows, only a header: nothing to import.");
        }
        if (badCount == 0 && skipped.size() == 1) {
            SkipReason reason = skipped.keySet().iterator().next();
            Field empty = EMPTY_FIELDS.get(reason);
            if (empty != null) {
                String column = mapping.columnName(empty);
                String field = reason.text().substring("no ".length());
                return new ImportException((read == 1 ? "The only row of " + fileName + " has no " + field
                        : "None of the " + read + " rows of " + fileName + " has a " + field)
                        + " (" + (column == null ? "no column is read for it" : "column " + column)
                        + "): nothing to import.");
            }
        }
        List<String> why = new ArrayList<>();
        skipped.forEach((reason, n) -> why.add(reason.text() + ": " + n));
        if (badCount > 0) {
            why.add("unreadable: " + badCount + (firstBad == null ? "" : ", the first " + firstBad.describe()));
        }
        return new ImportException((read == 1 ? "The only row of " + fileName + " cannot"
                : "None of the " + read + " rows of " + fileName + " can") + " be imported ("
                + String.join("; ", why) + "): nothing to import.");
    }
}
