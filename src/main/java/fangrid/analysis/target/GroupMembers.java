package fangrid.analysis.target;

import fangrid.domain.CustomerGroup;
import tech.tablesaw.selection.Selection;

/**
 * One group of a grouping and its members (customer indices) at one analysis date.
 *
 * @param key what matches the group across dates: its id, or for a plan tier its rank ({@code T1} …), since each
 *            date may have its own plan
 */
public record GroupMembers(String key, CustomerGroup group, Selection members) {
    /** A group that is the same group at every date. */
    public static GroupMembers of(CustomerGroup group, Selection members) {
        return new GroupMembers(group.id(), group, members);
    }
}
