package fangrid.analysis;

import fangrid.domain.MigrationAxis;
import java.time.LocalDate;
import java.util.List;

/**
 * How many customers each state held at a series of analysis dates, oldest first: the small multiples of a
 * migration (state × date).
 */
public record MigrationSnapshots(MigrationAxis axis, List<LocalDate> dates, List<String> states, int[][] counts) {
    /** The customers in state {@code state} (index into {@link #states}) at date {@code date} (index into {@link #dates}). */
    public int count(int state, int date) {
        return counts[state][date];
    }
}
