package fangrid.project;

import tech.tablesaw.selection.Selection;

/**
 * The filters in force when a report is made: what the grid, the matrix and the charts (deciles) each show, as the
 * window has them. The report draws each block of the people its view shows and states every filter.
 */
public record ReportFilters(Scope grid, Scope matrix, Scope charts) {
    /** Nothing filtered: every block of everyone (the command line's report). */
    public static final ReportFilters NONE = new ReportFilters(Scope.EVERYONE, Scope.EVERYONE, Scope.EVERYONE);

    /**
     * One view's people and how the window names them.
     *
     * @param selection the people (null: everyone)
     * @param label     the filter's name as the window shows it (e.g. {@code R1F1 + R1F2}); null for everyone
     */
    public record Scope(Selection selection, String label) {
        public static final Scope EVERYONE = new Scope(null, null);

        public boolean isEveryone() {
            return selection == null;
        }
    }
}
