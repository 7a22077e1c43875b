package fangrid.analysis.target;

import java.time.LocalDate;
import java.util.List;

/** Groups the project keeps rather than the columns classify (saved segments, plan tiers), at each date asked for. */
@FunctionalInterface
public interface GivenGroups {
    /** The groups and their members at {@code date}. */
    List<GroupMembers> at(LocalDate date);
}
