package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.TrendPoint;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.SavedSegment;
import fangrid.importer.BadRow;
import fangrid.importer.ColumnMapping;
import fangrid.importer.ImportProgress;
import fangrid.importer.ImportReport;
import fangrid.importer.read.ReadOptions;
import fangrid.project.ProjectSession;
import fangrid.store.AppHome;
import fangrid.store.ImportRecord;
import fangrid.store.SavedSegmentRepository;
import fangrid.store.SegmentNameTakenException;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.detail.SegmentDetailModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The main window's state over one {@link ProjectSession}: the open project's analysis, imports and saved segments,
 * and what the app is busy with. Session calls run on the {@link TaskRunner}; properties change on the FX thread only.
 */
public final class MainModel {
    /** The project a first start creates and fills with the sample shop. */
    static final String FIRST_PROJECT = "sample-shop";
    private static final int TREND_MONTHS = 12;

    private final AppHome home;
    private final TaskRunner runner;
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
    private ProjectSession session;

    /**
     * Project work (open, import, analyse) runs on {@code runner}; the views' filters on {@code viewsRunner}, so that
     * the views answer while an import runs.
     */
    public MainModel(AppHome home, TaskRunner runner, TaskRunner viewsRunner) {
        this.home = home;
        this.runner = runner;
        this.crossFilter = new CrossFilter(viewsRunner, error::set);
        this.detail = new SegmentDetailModel(viewsRunner, new DetailWork(() -> session, runner, error::set, busy,
                this::showSaved));
        analysis.addListener((o, old, a) -> {
            crossFilter.setAnalysis(a);
            computeTrend(a);
        });
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
        ProjectSession s = session;
        if (a == null || s == null) {
            trend.clear();
            return;
        }
        runner.<List<TrendPoint>>run(task -> s.trend(a, TREND_MONTHS)).onSuccess(points -> {
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
        ProjectSession s = session;
        runner.<SavedSegmentRepository.Snapshot>run(task -> s.deleteSegment(id))
                .onSuccess(this::showSaved).onFailure(error::set).start();
    }

    /**
     * Renames saved segment {@code id} and sets its note and activity; its members stay as they are.
     * {@code nameTaken} runs instead when another saved segment has the name.
     */
    public void editSavedSegment(long id, String name, String note, Activity activity, Runnable nameTaken) {
        ProjectSession s = session;
        runner.<SavedSegmentRepository.Snapshot>run(task -> s.editSegment(id, name, note, activity))
                .onSuccess(this::showSaved).onFailure(e -> {
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

    /** Stores new analysis settings in the project and analyses again. */
    public void updateSettings(AnalysisSettings settings) {
        ProjectSession s = session;
        if (s == null) {
            return;
        }
        work(() -> s.updateSettings(settings), analysis::set);
    }

    /** The UI language stored with the open project ("ja", "en"), or empty when it has none. */
    public ReadOnlyStringProperty projectLanguageProperty() {
        return projectLanguage.getReadOnlyProperty();
    }

    /** Remembers the UI language for the app and for the open project. */
    public void setLanguage(String language) throws IOException {
        home.setLanguage(language);
        projectLanguage.set(language);
        ProjectSession s = session;
        if (s != null) {
            runner.<Void>run(task -> {
                s.setLanguage(language);
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
            openProject(requested);
        } else if (!home.recentProjects().isEmpty()) {
            openProject(home.recentProjects().get(0));
        } else {
            Path first = home.projectsDir().resolve(FIRST_PROJECT);
            // The recent list may be gone while the first project is still there: reopen it, never overwrite it.
            if (Files.exists(fangrid.store.Project.withExtension(first))) {
                openProject(first);
            } else {
                newProject(first, true);
            }
        }
    }

    /** Opens an existing project file. */
    public void openProject(Path file) {
        show(() -> ProjectSession.open(file));
    }

    /** Creates a new project and opens it: empty, or with {@code withSample} filled with the sample shop. */
    public void newProject(Path file, boolean withSample) {
        show(() -> withSample ? ProjectSession.createWithSample(file) : ProjectSession.createEmpty(file));
    }

    private void show(Call<ProjectSession> source) {
        work(() -> {
            ProjectSession s = source.call();
            try {
                return new Opened(s, s.analysis(), s.imports(), s.savedSegments(), s.language());
            } catch (Exception e) {
                s.close();
                throw e;
            }
        }, this::show);
    }

    private void show(Opened opened) {
        closeProject();
        // Nothing of the previous project may stay on screen: filters name its cells and segments, the status its work.
        crossFilter.reset();
        status.set("");
        session = opened.session;
        projectFile.set(session.file());
        projectLanguage.set(opened.language);
        showSaved(opened.saved);
        analysis.set(opened.analysis);
        imports.setAll(opened.imports);
        try {
            home.rememberProject(session.file());
        } catch (IOException e) {
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
        ProjectSession s = session;
        busy.set(true);
        return runner.<ImportReport>run(task -> {
            // Bad rows are always set aside; whether to keep the good ones is asked once the file is read.
            ImportReport report = s.importFile(file, kind, options, mapping, true, new ImportProgress() {
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
            Analysis a = s.analysis();
            List<ImportRecord> log = s.imports();
            Platform.runLater(() -> {
                analysis.set(a);
                imports.setAll(log);
            });
            return report;
        }).onSuccess(done).onFailure(error::set).onFinally(() -> busy.set(false)).start();
    }

    /** Runs {@code question} on the FX thread and waits for its answer (the caller is the worker). */
    private static boolean onFxThread(BooleanSupplier question) {
        if (Platform.isFxApplicationThread()) {
            return question.getAsBoolean();
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
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
        ProjectSession s = session;
        work(() -> {
            s.undoImport(record.id());
            return new Opened(s, s.analysis(), s.imports(), s.savedSegments(), s.language());
        }, o -> {
            showSaved(o.saved);
            analysis.set(o.analysis);
            imports.setAll(o.imports);
        });
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
        ProjectSession s = session;
        session = null;
        return runner.<Void>run(task -> {
            if (s != null) {
                s.close();
            }
            return null;
        }).start();
    }

    /** A call on the session, run on the worker. */
    @FunctionalInterface
    private interface Call<T> {
        T call() throws Exception;
    }

    /** Work on the session that keeps the window busy; {@code done} gets its result on the FX thread. */
    private <T> void work(Call<T> call, Consumer<T> done) {
        busy.set(true);
        runner.<T>run(task -> call.call()).onSuccess(done).onFailure(error::set).onFinally(() -> busy.set(false)).start();
    }

    /** Publishes saved segments: their members first, so that filters naming them resolve. */
    private void showSaved(SavedSegmentRepository.Snapshot saved) {
        saved.members().forEach(crossFilter::putSavedMembers);
        savedSegments.setAll(saved.segments());
    }

    private record Opened(ProjectSession session, Analysis analysis, List<ImportRecord> imports,
                          SavedSegmentRepository.Snapshot saved, String language) {
    }
}
