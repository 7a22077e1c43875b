package fangrid.domain;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param importId      the import's line in the import log
 * @param rowsRead      data rows read (header excluded)
 * @param rowsImported  rows stored
 * @param skipped       rows left out on purpose, by reason (e.g. no customer id: guest orders), in the reasons' order
 * @param badRows       rows that could not be read (first ones only; {@code badRowCount} counts them all)
 * @param badRowCount   how many rows could not be read
 * @param rejectedFile  the CSV holding the rows that could not be read, or null when there were none
 * @param datesOutsideRange     rows imported with a date after today or before 1900, as the user accepted (first
 *                              ones only, each naming its column and date)
 * @param datesOutsideRangeCount how many rows had such a date
 */
public record ImportReport(long importId, String mapping, long rowsRead, long rowsImported, Map<SkipReason, Long> skipped,
                           List<BadRow> badRows, long badRowCount, java.nio.file.Path rejectedFile,
                           List<BadRow> datesOutsideRange, long datesOutsideRangeCount) {
    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum() + badRowCount;
    }
}
