package fangrid.analysis.target;

import fangrid.analysis.Aggregates;
import fangrid.analysis.Analysis;
import fangrid.domain.CustomerGroup;
import fangrid.domain.GridCell;
import java.util.ArrayList;
import java.util.List;

/** The groups of a grouping at one analysis date, classified as the views classify them at that date. */
final class GroupSplit {
    private GroupSplit() {
    }

    /**
     * The groups of {@code by} in {@code a}: grid cells, matrix cells, deciles, or for saved segments and plan tiers
     * those {@code given} has at its date. Single customers are not a grouping of this kind.
     */
    static List<GroupMembers> of(TargetGrouping by, Analysis a, GivenGroups given) {
        Aggregates agg = a.aggregates();
        List<GroupMembers> groups = new ArrayList<>();
        switch (by) {
            case GRID -> {
                for (int k = 0; k < 9; k++) {
                    GridCell cell = GridCell.ofIndex(k);
                    groups.add(GroupMembers.of(new CustomerGroup.Grid(cell), agg.gridCell(cell)));
                }
            }
            case MATRIX -> {
                for (int fav = 7; fav >= 0; fav--) {
                    for (int use = 5; use >= 0; use--) {
                        groups.add(GroupMembers.of(new CustomerGroup.Matrix(fav, use), agg.matrixCell(fav, use)));
                    }
                }
            }
            case DECILE -> {
                for (int d = 1; d <= 10; d++) {
                    groups.add(GroupMembers.of(new CustomerGroup.Decile(d), agg.decile(d)));
                }
            }
            case SEGMENT, PLAN -> groups.addAll(given.at(a.asOf()));
            default -> throw new IllegalArgumentException(by.id() + " is not split into groups here");
        }
        return groups;
    }
}
