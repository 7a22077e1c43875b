package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.TimelineEvent;
import fangrid.domain.CustomerNames;
import fangrid.domain.ExportCancelledException;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import fangrid.domain.SavedSegment;
import fangrid.domain.SegmentNameTakenException;
import fangrid.project.ProjectSession;
import fangrid.project.SavedSegments;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.detail.DetailServices;
import fangrid.ui.detail.SegmentDetailModel;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.concurrent.Task;
import tech.tablesaw.selection.Selection;

/** Segment detail's calls on the open project's session (timeline, save, export), run on the project's worker. */
final class DetailWork implements DetailServices {
    private final Supplier<ProjectSession> session;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final BooleanProperty busy;
    private final Consumer<SavedSegments> showSaved;

    DetailWork(Supplier<ProjectSession> session, TaskRunner runner, Consumer<Throwable> errors, BooleanProperty busy,
               Consumer<SavedSegments> showSaved) {
        this.session = session;
        this.runner = runner;
        this.errors = errors;
        this.busy = busy;
        this.showSaved = showSaved;
    }

    @Override
    public void timeline(Analysis a, int index, Consumer<List<TimelineEvent>> done) {
        ProjectSession s = session.get();
        runner.<List<TimelineEvent>>run(task -> s.timeline(a, index)).onSuccess(done).onFailure(errors).start();
    }

    /** Saves the view's people (everyone who exists when it is unfiltered) with its filter as the definition. */
    @Override
    public void save(FilteredView view, SegmentDetailModel.SaveRequest request, Consumer<SavedSegment> done,
                     Runnable nameTaken) {
        ProjectSession s = session.get();
        busy.set(true);
        runner.<SavedSegments>run(task -> s.saveSegment(request.name(), request.note(),
                request.activity(), view.filter().format(), view.analysis(), view.selection(), request.replace()))
                .onSuccess(saved -> {
                    showSaved.accept(saved);
                    saved.segments().stream().filter(g -> g.name().equalsIgnoreCase(request.name().strip()))
                            .findFirst().ifPresent(done);
                }).onFailure(e -> {
                    if (e instanceof SegmentNameTakenException) {
                        nameTaken.run();
                    } else {
                        errors.accept(e);
                    }
                }).onFinally(() -> busy.set(false)).start();
    }

    @Override
    public Task<ExportResult> export(Analysis a, Selection selection, ExportFormat format, Path file,
                                     ResourceBundle messages, CustomerNames names) {
        ProjectSession s = session.get();
        return runner.<ExportResult>run(task -> {
            int total = CustomerRows.of(a.customers(), selection).size();
            return s.exportCustomers(a, selection, format, file, messages, names, new ExportProgress() {
                @Override
                public void rowsWritten(int rows) {
                    task.message(Integer.toString(rows));
                    task.progress(rows, total);
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            });
        }).onFailure(e -> {
            if (!(e instanceof ExportCancelledException)) {
                errors.accept(e);
            }
        }).start();
    }

    @Override
    public void error(Throwable e) {
        errors.accept(e);
    }
}
