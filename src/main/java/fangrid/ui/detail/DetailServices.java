package fangrid.ui.detail;

import fangrid.analysis.Analysis;
import fangrid.analysis.TimelineEvent;
import fangrid.domain.CustomerNames;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportResult;
import fangrid.domain.SavedSegment;
import fangrid.ui.crossfilter.FilteredView;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import tech.tablesaw.selection.Selection;

/** What segment detail asks of the open project; the main model runs it on the project's worker. */
public interface DetailServices {
    /** Reads customer {@code index}'s timeline and hands it to {@code done} on the FX thread. */
    void timeline(Analysis analysis, int index, Consumer<List<TimelineEvent>> done);

    /**
     * Saves the customers of {@code view} as a named segment and hands the saved segment to {@code done}; calls
     * {@code nameTaken} instead when another segment has the name and the request does not replace it.
     */
    void save(FilteredView view, SegmentDetailModel.SaveRequest request, Consumer<SavedSegment> done, Runnable nameTaken);

    /**
     * Exports the customers of {@code selection} (null: everyone), headers and labels worded by {@code messages}
     * (the window's, in its language), ids and contacts as {@code names} shows them; the task reports rows written as
     * its message and progress, and can be cancelled (no file is left).
     */
    Task<ExportResult> export(Analysis analysis, Selection selection, ExportFormat format, Path file,
                              ResourceBundle messages, CustomerNames names);

    /** Reports a failure to the user. */
    void error(Throwable e);
}
