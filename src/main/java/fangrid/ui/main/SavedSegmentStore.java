package fangrid.ui.main;

import fangrid.analysis.CustomerRows;
import fangrid.store.Project;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.detail.SegmentDetailModel;
import tech.tablesaw.selection.Selection;

/** Saves what segment detail shows as a named segment: its filter as the definition, its people as the members. */
final class SavedSegmentStore {
    private SavedSegmentStore() {
    }

    static void save(Project p, FilteredView view, SegmentDetailModel.SaveRequest request) throws Exception {
        Selection members = view.selection() != null ? view.selection()
                : Selection.with(CustomerRows.of(view.analysis().customers(), null).indices());
        p.segments().save(request.name(), request.note(), request.activity(), view.filter().format(),
                view.analysis().asOf(), members, request.replace());
    }
}
