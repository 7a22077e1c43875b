package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.TimelineEvent;
import fangrid.domain.SavedSegment;
import fangrid.export.CustomerExport;
import fangrid.export.ExportCancelledException;
import fangrid.export.ExportFormat;
import fangrid.export.ExportProgress;
import fangrid.export.ExportResult;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.Project;
import fangrid.store.SavedSegmentRepository;
import fangrid.store.SegmentNameTakenException;
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

/** Segment detail's work on the open project (timeline, save, export), run on the project's worker. */
final class DetailWork implements DetailServices {
    private final Supplier<Project> project;
    private final TaskRunner runner;
    private final AnalysisService analysisService;
    private final Consumer<Throwable> errors;
    private final BooleanProperty busy;
    private final Consumer<SavedSegmentRepository.Snapshot> showSaved;

    DetailWork(Supplier<Project> project, TaskRunner runner, AnalysisService analysisService, Consumer<Throwable> errors,
               BooleanProperty busy, Consumer<SavedSegmentRepository.Snapshot> showSaved) {
        this.project = project;
        this.runner = runner;
        this.analysisService = analysisService;
        this.errors = errors;
        this.busy = busy;
        this.showSaved = showSaved;
    }

    @Override
    public void timeline(Analysis a, int index, Consumer<List<TimelineEvent>> done) {
        Project p = project.get();
        runner.<List<TimelineEvent>>run(task -> analysisService.timeline(p, a, index))
                .onSuccess(done).onFailure(errors).start();
    }

    /** Saves the view's people (everyone who exists when it is unfiltered) with its filter as the definition. */
    @Override
    public void save(FilteredView view, SegmentDetailModel.SaveRequest request, Consumer<SavedSegment> done,
                     Runnable nameTaken) {
        Project p = project.get();
        busy.set(true);
        runner.<SavedSegmentRepository.Snapshot>run(task -> {
            Selection members = view.selection() != null ? view.selection()
                    : Selection.with(CustomerRows.of(view.analysis().customers(), null).indices());
            p.segments().save(request.name(), request.note(), request.activity(), view.filter().format(),
                    view.analysis().asOf(), members, request.replace());
            return p.segments().snapshot();
        }).onSuccess(saved -> {
            showSaved.accept(saved);
            saved.segments().stream().filter(s -> s.name().equalsIgnoreCase(request.name().strip())).findFirst()
                    .ifPresent(done);
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
                                     ResourceBundle messages) {
        Project p = project.get();
        return runner.<ExportResult>run(task -> {
            CustomerExport export = new CustomerExport(a, CustomerContactsLoader.load(p.connection()), messages);
            int total = export.count(selection);
            return export.write(selection, format, file, new ExportProgress() {
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
