package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.DataKind;
import fangrid.importer.BadRow;
import fangrid.importer.ColumnMapping;
import fangrid.importer.ImportProgress;
import fangrid.importer.ImportReport;
import fangrid.importer.ImportService;
import fangrid.importer.read.ReadOptions;
import fangrid.importer.SampleData;
import fangrid.importer.read.TableReader;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.AppHome;
import fangrid.store.ImportRecord;
import fangrid.store.ImportUndo;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;


import fangrid.ui.detail.SegmentDetailModel;

import fangrid.analysis.TrendPoint;
import fangrid.domain.SavedSegment;







import fangrid.store.SavedSegmentRepository;
import fangrid.store.SegmentNameTakenException;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The main window's state: the open project, its current analysis, its imports and what the app is busy with.
 * Work runs on the {@link TaskRunner}; properties change on the FX thread only.
 */
public final class MainModel {
    /** The project a first start creates and fills with the sample shop. */
    static final String FIRST_PROJECT = "sample-shop";
    private static final String LANGUAGE_SETTING = "ui.language";
    private static final int TREND_MONTHS = 12;

    private final AppHome home;
    private final TaskRunner runner;
    private final AnalysisService analysisService;
    private final ImportService importService;
    private final CrossFilter crossFilter;
    private final SegmentDetailModel detail;
    private final ObservableList<SavedSegment> savedSegments = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();
    private final ObservableList<ImportRecord> imports = FXCollections.observableArrayList();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper projectLanguage = new ReadOnlyStringWrapper("");
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private Project project;

    /**
     * Project work (open, import, analyse) runs on {@code runner}; the views' filters on {@code viewsRunner}, so that
     * the views answer while an import runs.
     */
    public MainModel(AppHome home, TaskRunner runner, TaskRunner viewsRunner, AnalysisService analysisService,
                     ImportService importService) {
        this.home = home;
        this.runner = runner;
        this.crossFilter = new CrossFilter(viewsRunner, error::set);
        this.detail = new SegmentDetailModel(viewsRunner,
                new DetailWork(() -> project, runner, analysisService, error::set, busy, this::showSaved));
        analysis.addListener((o, old, a) -> {
            crossFilter.setAnalysis(a);
            computeTrend(a);
        });
        this.analysisService = analysisService;
        this.importService = importService;
        recentProjects.setAll(home.recentProjects());
    }

    /** The analysis on screen; null before a project is open. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The first-category share at the month ends of the last {@value #TREND_MONTHS} months. */
    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    private void computeTrend(Analysis a) {
        Project p = project;
        if (a == null || p == null) {
            trend.clear();
            return;
        }
        runner.<List<TrendPoint>>run(task -> analysisService.firstCategoryTrend(p, a, TREND_MONTHS))
                .onSuccess(points -> {
                    if (analysis.get() == a) {
                        trend.setAll(points);
                    }
                }).onFailure(error::set).start();
    }

    /** Segment detail's state. */
    public SegmentDetailModel detail() {
        return detail;
    }

    /** The project's saved segments, newest first. */
    public ObservableList<SavedSegment> savedSegments() {
        return savedSegments;
    }

    /** Deletes saved segment {@code id} from the project. */
    public void deleteSavedSegment(long id) {
        Project p = project;
        runner.<SavedSegmentRepository.Snapshot>run(task -> {
            p.segments().delete(id);
            return p.segments().snapshot();
        }).onSuccess(this::showSaved).onFailure(error::set).start();
    }

    /**
     * Renames saved segment {@code id} and sets its note and activity; its members stay as they are.
     * {@code nameTaken} runs instead when another saved segment has the name.
     */
    public void editSavedSegment(long id, String name, String note, Activity activity, Runnable nameTaken) {
        Project p = project;
        runner.<SavedSegmentRepository.Snapshot>run(task -> {
            p.segments().update(id, name, note, activity);
            return p.segments().snapshot();
        }).onSuccess(this::showSaved).onFailure(e -> {
            if (e instanceof SegmentNameTakenException) {
                nameTaken.run();
            } else {
                error.set(e);
            }
        }).start();
    }

    /** Saved segment {@code id}, or empty when there is none. */
    public Optional<SavedSegment> savedSegment(long id) {
        return savedSegments.stream().filter(s -> s.id() == id).findFirst();
    }

    /** The name of saved segment {@code id}, or null when there is none. */
    public String savedSegmentName(long id) {
        return savedSegment(id).map(SavedSegment::name).orElse(null);
    }

    /** Each view's filter and what it shows. */
    public CrossFilter crossFilter() {
        return crossFilter;
    }

    /**
     * Stores new analysis settings in the project and analyses again (reusing the per-customer columns when the
     * analysis date and window stay the same).
     */
    public void updateSettings(AnalysisSettings settings) {
        Project p = project;
        Analysis previous = analysis.get();
        if (p == null) {
            return;
        }
        busy.set(true);
        runner.<Analysis>run(task -> {
            new AnalysisSettingsRepository(p.settings()).save(settings);
            return analysisService.reanalyze(p, previous, settings);
        }).onSuccess(analysis::set).onFailure(error::set).onFinally(() -> busy.set(false)).start();
    }

    /** The UI language stored with the open project ("ja", "en"), or empty when it has none. */
    public ReadOnlyStringProperty projectLanguageProperty() {
        return projectLanguage.getReadOnlyProperty();
    }

    /** Remembers the UI language for the app and for the open project. */
    public void setLanguage(String language) throws java.io.IOException {
        home.setLanguage(language);
        projectLanguage.set(language);
        Project p = project;
        if (p != null) {
            runner.<Void>run(task -> {
                p.settings().put(LANGUAGE_SETTING, language);
                return null;
            }).onFailure(error::set).start();
        }
    }

    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A short line for the status bar, in the UI's language (set by the controller from message keys). */
    public StringProperty statusProperty() {
        return status;
    }

    /** The last failure, for the controller to show; set back to null once shown. */
    public ObjectProperty<Throwable> errorProperty() {
        return error;
    }

    public ObservableList<ImportRecord> imports() {
        return imports;
    }

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    public AppHome home() {
        return home;
    }

    /**
     * What a start opens: the project named on the command line, else the last project, else a new project
     * filled with the sample shop.
     */
    public void openAtStart(Path requested) {
        if (requested != null) {
            open(requested, false);
        } else if (!home.recentProjects().isEmpty()) {
            open(home.recentProjects().get(0), false);
        } else {
            Path first = home.projectsDir().resolve(FIRST_PROJECT);
            // The recent list may be gone while the first project is still there: reopen it, never overwrite it.
            open(first, !Files.exists(Project.withExtension(first)));
        }
    }

    /** Opens an existing project file. */
    public void openProject(Path file) {
        open(file, false);
    }

    /** Creates a new project; with {@code withSample} it is filled with the sample shop. */
    public void newProject(Path file, boolean withSample) {
        open(file, withSample);
    }

    private void open(Path file, boolean createWithSample) {
        busy.set(true);
        runner.<Opened>run(task -> {
            Project p = createWithSample ? Project.create(file) : Project.open(file);
            try {
                if (createWithSample) {
                    task.message("sample");
                    new SampleData(importService).loadInto(p);
                }
                return opened(p);
            } catch (Exception e) {
                p.close();
                if (createWithSample) {
                    // A half-filled first project would be reopened as is next time: remove it so the next start retries.
                    Files.deleteIfExists(p.file());
                }
                throw e;
            }
        }).onSuccess(this::show).onFailure(error::set).onFinally(() -> busy.set(false)).start();
    }

    private void show(Opened opened) {
        closeProject();
        // Filters name cells and saved segments of the project they were made on.
        crossFilter.reset();
        project = opened.project;
        projectFile.set(project.file());
        projectLanguage.set(opened.language);
        showSaved(opened.saved);
        analysis.set(opened.analysis);
        imports.setAll(opened.imports);
        try {
            home.rememberProject(project.file());
        } catch (java.io.IOException e) {
            error.set(e);
        }
        recentProjects.setAll(home.recentProjects());
    }

    /** Decides, on the FX thread, whether to import the good rows of a file that has unreadable ones. */
    @FunctionalInterface
    public interface BadRowsDecision {
        boolean keepGoodRows(List<BadRow> listed, long count);
    }

    /**
     * Imports a file into the open project on the worker, then analyses again. The returned task reports rows read
     * as its message and can be cancelled (without interrupting: H2 closes a file interrupted mid-write); a cancelled
     * import changes nothing. Unreadable rows are set aside; once the whole file is read, {@code decision} is asked
     * whether to import the good rows or cancel, unless {@code skipBadRows} says to import them without asking.
     */
    public Task<ImportReport> importFile(Path file, DataKind kind, ReadOptions options, ColumnMapping mapping,
                                         boolean skipBadRows, BadRowsDecision decision, Consumer<ImportReport> done) {
        Project p = project;
        busy.set(true);
        return runner.<ImportReport>run(task -> {
            TableReader reader = TableReader.open(file, options);
            ImportReport report = importService.importFile(p, file, kind, reader, mapping, true, new ImportProgress() {
                @Override
                public void rowsRead(long rows) {
                    task.message(Long.toString(rows));
                }

                @Override
                public boolean cancelled() {
                    return task.isCancelled();
                }

                @Override
                public boolean keepGoodRows(List<BadRow> listed, long count) {
                    return skipBadRows || onFxThread(() -> decision.keepGoodRows(listed, count));
                }
            });
            Analysis a = analysisService.analyze(p);
            List<ImportRecord> log = p.imports().all();
            javafx.application.Platform.runLater(() -> {
                analysis.set(a);
                imports.setAll(log);
            });
            return report;
        }).onSuccess(done).onFailure(error::set).onFinally(() -> busy.set(false)).start();
    }

    /** Runs {@code question} on the FX thread and waits for its answer (the caller is the worker). */
    private static boolean onFxThread(java.util.function.BooleanSupplier question) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return question.getAsBoolean();
        }
        java.util.concurrent.CompletableFuture<Boolean> answer = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                answer.complete(question.getAsBoolean());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.join();
    }

    /** Takes back an import of the open project, then analyses again. */
    public void undoImport(ImportRecord record) {
        Project p = project;
        busy.set(true);
        runner.<Opened>run(task -> {
            new ImportUndo(p.connection()).undo(record.id());
            return opened(p);
        }).onSuccess(o -> {
            showSaved(o.saved);
            analysis.set(o.analysis);
            imports.setAll(o.imports);
        }).onFailure(error::set).onFinally(() -> busy.set(false)).start();
    }

    /** The state of an import dialog for {@code file}, reading on this model's worker. */
    public fangrid.ui.importwizard.ImportDialogModel importDialog(Path file) {
        return new fangrid.ui.importwizard.ImportDialogModel(file, runner);
    }

    /**
     * Closes the open project, if any, on the worker thread (after any work still running on it);
     * called before another opens and when the app quits, which waits for the returned task.
     */
    public Future<Void> closeProject() {
        Project p = project;
        project = null;
        return runner.<Void>run(task -> {
            if (p != null) {
                p.close();
            }
            return null;
        }).start();
    }

    /** A project's analysis, imports and saved segments (with their members), read on the worker. */
    private Opened opened(Project p) throws Exception {
        return new Opened(p, analysisService.analyze(p), p.imports().all(), p.segments().snapshot(),
                p.settings().get(LANGUAGE_SETTING).orElse(""));
    }

    /** Publishes saved segments: their members first, so that filters naming them resolve. */
    private void showSaved(SavedSegmentRepository.Snapshot saved) {
        saved.members().forEach(crossFilter::putSavedMembers);
        savedSegments.setAll(saved.segments());
    }

    private record Opened(Project project, Analysis analysis, List<ImportRecord> imports, SavedSegmentRepository.Snapshot saved,
                          String language) {
    }
}
