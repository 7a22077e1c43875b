package fangrid.ui.crossfilter;

import fangrid.analysis.Analysis;
import fangrid.analysis.Summary;
import fangrid.domain.CustomerFilter;
import tech.tablesaw.selection.Selection;

/**
 * What one view shows: its filter, the customers it selects (null for everyone) and their aggregates, all of one
 * analysis.
 */
public record FilteredView(Analysis analysis, CustomerFilter filter, Selection selection, Summary summary) {
    /** Whether the view shows everyone. */
    public boolean everyone() {
        return filter.isEveryone();
    }
}
