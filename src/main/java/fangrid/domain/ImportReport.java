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
 */
public record ImportReport(long importId, String mapping, long rowsRead, long rowsImported, Map<SkipReason, Long> skipped,
                           List<BadRow> badRows, long badRowCount, java.nio.file.Path rejectedFile) {
    public long rowsSkipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum() + badRowCount;
    }
}
