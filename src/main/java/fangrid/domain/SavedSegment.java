package fangrid.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer list a user saved under a name (segment detail → save), without its members.
 *
 * @param definition    what the view said the segment is, e.g. {@code R1F1+R1F2}; shown, never interpreted
 * @param analysisDate  the analysis date the members were taken at; null when the project had no transactions
 * @param customerCount the number of members when saved (less once an undone import removed some of them)
 */
public record SavedSegment(long id, String name, String note, Activity activity, String definition,
        LocalDate analysisDate, int customerCount, Instant created, Instant updated) {
}
