package fangrid.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed between two analysis dates, for a few sentences on the main window: the base's growth, the largest
 * movements between states, and who entered and left the first category.
 *
 * @param newCustomers       people who became customers between the dates (the base's growth)
 * @param largest            the largest movements between two different states of people already customers at
 *                           {@code from}, largest first (at most three)
 * @param enteredFirst       people in the first category at {@code to} but not at {@code from}
 * @param leftFirst          people in it at {@code from} but not at {@code to}
 */
public record MigrationNews(LocalDate from, LocalDate to, int baseFrom, int baseTo, int newCustomers,
                            List<Move> largest, int firstFrom, int firstTo, int enteredFirst, int leftFirst) {
    public MigrationNews {
        largest = List.copyOf(largest);
    }

    /** {@code customers} people moved from state {@code from} to state {@code to}. */
    public record Move(String from, String to, int customers) {
    }
}
