package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.ProductCategories;
import fangrid.analysis.TrendPoint;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CustomerNames;
import fangrid.domain.ImportRecord;
import fangrid.domain.ProjectException;
import fangrid.project.AppHome;
import fangrid.project.ProjectSession;
import fangrid.project.ReportFilters;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.detail.SegmentDetailModel;
import fangrid.ui.migration.MigrationModel;
import fangrid.ui.crosscategory.CrossCategoryModel;
import fangrid.ui.plan.PlanModel;
import fangrid.ui.predict.PredictionModel;
import fangrid.ui.categories.CategoriesModel;
import fangrid.ui.target.TargetModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state over one {@link ProjectSession}: the open project's analysis, imports and saved segments,
 * and what the app is busy with. Session calls run on the {@link TaskRunner}; properties change on the FX thread only.
 */
public final class MainModel {
    private final AppHome home;
    private final TaskRunner runner;
    private final CrossFilter crossFilter;
    private final SegmentDetailModel detail;
    private final SavedSegmentsModel saved;
    private final PlanModel plans;
    private final TargetModel targets;
    private final ImportWork importer;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();
    private final ObservableList<ImportRecord> imports = FXCollections.observableArrayList();
    private final ObservableList<ProductCategories.CategoryLines> categories = FXCollections.observableArrayList();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper projectLanguage = new ReadOnlyStringWrapper("");
    private final BooleanProperty demoMode = new SimpleBooleanProperty();
    private final TrendModel trend;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<PasswordRequest> passwordRequest = new SimpleObjectProperty<>();
    private final MigrationModel migration;
    private final CrossCategoryModel crossCategory;
    private final PredictionModel prediction;
    private final CategoriesModel sideBySide;
    private final HeadlineTarget headlineTarget;
    private ProjectSession session;

    /**
     * Project work (open, import, analyse) runs on {@code runner}; the views' filters on {@code viewsRunner}, so that
     * the views answer while an import runs.
     */
    public MainModel(AppHome home, TaskRunner runner, TaskRunner viewsRunner) {
        this.home = home;
        this.runner = runner;
        this.crossFilter = new CrossFilter(viewsRunner, error::set);
        this.saved = new SavedSegmentsModel(() -> session, runner, crossFilter, error::set);
        this.detail = new SegmentDetailModel(viewsRunner, new DetailWork(() -> session, runner, error::set, busy,
                saved::show));
        this.trend = new TrendModel(runner, error::set);
        this.plans = new PlanModel(() -> session, runner, crossFilter, error::set, analysis.getReadOnlyProperty());
        this.prediction = new PredictionModel(() -> session, runner, error::set);
        this.sideBySide = new CategoriesModel(() -> session, runner, error::set, analysis.getReadOnlyProperty(),
                this::showCategory);
        this.targets = new TargetModel(() -> session, runner, crossFilter, error::set, analysis.getReadOnlyProperty());
        this.headlineTarget = new HeadlineTarget(() -> session, runner, error::set);
        projectFile.addListener((o, old, file) -> headlineTarget.load());
        this.importer = new ImportWork(() -> session, runner, busy, error::set, this::show);
        this.migration = new MigrationModel(() -> session, runner, crossFilter, error::set);
        this.crossCategory = new CrossCategoryModel(() -> session, runner, crossFilter, error::set);
        analysis.addListener((o, old, a) -> {
            crossFilter.setAnalysis(a);
            trend.compute(session, a);
            migration.show(a);
            crossCategory.show(a);
            prediction.clear();
        });
        recentProjects.setAll(home.recentProjects());
        demoMode.set(home.demoMode());
        demoMode.addListener((o, was, on) -> {
            try {
                home.setDemoMode(on);
            } catch (IOException e) {
                error.set(e);
            }
        });
    }

    /**
     * Demo mode: customer ids, names, emails and phones shown and written as pseudonyms (see
     * {@link fangrid.domain.CustomerNames}) until switched off; remembered for the next start.
     */
    public BooleanProperty demoModeProperty() {
        return demoMode;
    }

    /**
     * Writes the one-page report of the analysis on screen to {@code file} on the project's worker; {@code done} runs
     * on the FX thread once it is written.
     */
    public void writeReport(ReportFilters filters, ResourceBundle messages, CustomerNames names, Path file,
                            Runnable done) {
        ProjectSession s = session;
        Analysis a = analysis.get();
        if (s != null && a != null) {
            busy.set(true);
            runner.<Path>run(task -> {
                s.writeReport(a, filters, messages, names, file);
                return file;
            }).onSuccess(written -> {
                // no longer busy before saying it is written: the window says "ready" when work ends
                busy.set(false);
                done.run();
            }).onFailure(error::set).onFinally(() -> busy.set(false)).start();
        }
    }

    /** The analysis on screen; null before a project is open. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The first-category share at the month ends of the last months. */
    public ObservableList<TrendPoint> trend() {
        return trend.points();
    }

    /** The cross-category tab's state. */
    public CrossCategoryModel crossCategory() {
        return crossCategory;
    }

    /** The Migration tab's state. */
    public MigrationModel migration() {
        return migration;
    }

    /** The first-category share the shop aims at. */
    public HeadlineTarget headlineTarget() {
        return headlineTarget;
    }

    /** The Categories tab's rows: every category side by side. */
    public CategoriesModel sideBySide() {
        return sideBySide;
    }

    /**
     * Analyses again on category {@code name}'s order lines only (null: all products), unless it is the one shown;
     * the choice lasts for the session.
     */
    public void showCategory(String name) {
        Analysis a = analysis.get();
        if (a != null && !java.util.Objects.equals(name, a.settings().category())) {
            updateSettings(a.settings().withCategory(name));
        }
    }

    /** Segment detail's state. */
    /** The Prediction tab's purchase model and holdout check. */
    public PredictionModel prediction() {
        return prediction;
    }

    public SegmentDetailModel detail() {
        return detail;
    }

    /** The project's six-month plans. */
    public PlanModel plans() {
        return plans;
    }

    /** The target selection of a mailing. */
    public TargetModel targets() {
        return targets;
    }

    /** The project's saved segments. */
    public SavedSegmentsModel saved() {
        return saved;
    }

    /** Each view's filter and what it shows. */
    public CrossFilter crossFilter() {
        return crossFilter;
    }

    /** Stores new analysis settings in the project and analyses again (keeping its columns for the next opening). */
    public void updateSettings(AnalysisSettings settings) {
        ProjectSession s = session;
        if (s != null) {
            work(() -> s.updateSettings(settings), a -> {
                analysis.set(a);
                keepColumns();
            });
        }
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

    /** The open project's product categories with their lines, most lines first; empty until read. */
    public ObservableList<ProductCategories.CategoryLines> categories() {
        return categories;
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
        show(() -> requested != null ? ProjectSession.open(requested) : ProjectSession.atStart(home));
    }

    /** Opens an existing project file. */
    public void openProject(Path file) {
        show(() -> ProjectSession.open(file));
    }

    /** Opens an encrypted project file with its password (overwritten once used). */
    public void openProject(Path file, char[] password) {
        show(() -> ProjectSession.open(file, password));
    }

    /**
     * An encrypted project that was to be opened and needs its password (again, when {@code wrong}), for the window
     * to ask for it; set back to null once asked.
     */
    public ObjectProperty<PasswordRequest> passwordRequestProperty() {
        return passwordRequest;
    }

    /** An encrypted project to open, and whether the password given for it was wrong. */
    public record PasswordRequest(Path file, boolean wrong) {
    }

    /** Whether the open project is encrypted. */
    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    /** Whether the open project may not be changed (its encryption neither). */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * Encrypts the open project with {@code newPassword}, or takes its password off when it is null
     * ({@code currentPassword} is then its password); the project stays open, and as it was when this fails.
     */
    public void changeEncryption(char[] currentPassword, char[] newPassword) {
        ProjectSession s = session;
        if (s != null) {
            work(() -> {
                s.changeEncryption(currentPassword, newPassword);
                return s.isEncrypted();
            }, encrypted::set, e -> {
                encrypted.set(s.isEncrypted());
                error.set(e);
            });
        }
    }

    /** Creates a new project and opens it: empty, or with {@code withSample} filled with the sample shop. */
    public void newProject(Path file, boolean withSample) {
        show(() -> withSample ? ProjectSession.createWithSample(file) : ProjectSession.createEmpty(file));
    }

    private void show(Call<ProjectSession> source) {
        work(() -> {
            ProjectSession s = source.call();
            try {
                return new Opened(s, s.state());
            } catch (Exception e) {
                s.close();
                throw e;
            }
        }, this::show, this::openFailed);
    }

    private void openFailed(Throwable e) {
        if (e instanceof ProjectException p && p.messageArguments().size() == 1
                && p.messageArguments().get(0) instanceof Path file
                && (p.reason() == ProjectException.Reason.PASSWORD_NEEDED
                || p.reason() == ProjectException.Reason.WRONG_PASSWORD)) {
            passwordRequest.set(new PasswordRequest(file, p.reason() == ProjectException.Reason.WRONG_PASSWORD));
        } else {
            error.set(e);
        }
    }

    private void show(Opened opened) {
        closeProject();
        // Nothing of the previous project may stay on screen: filters name its cells and segments, the status its work.
        crossFilter.reset();
        detail.clear();
        status.set("");
        session = opened.session;
        projectFile.set(session.file());
        encrypted.set(session.isEncrypted());
        readOnly.set(session.isReadOnly());
        projectLanguage.set(opened.state.language());
        show(opened.state);
        try {
            home.rememberProject(session.file());
        } catch (IOException e) {
            error.set(e);
        }
        recentProjects.setAll(home.recentProjects());
    }

    /** Takes back an import of the open project, then analyses again. */
    public void undoImport(ImportRecord record) {
        ProjectSession s = session;
        work(() -> {
            s.undoImport(record.id());
            return s.state();
        }, this::show);
    }

    /** Imports into the open project. */
    public ImportWork importer() {
        return importer;
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
        work(call, done, error::set);
    }

    private <T> void work(Call<T> call, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        runner.<T>run(task -> call.call()).onSuccess(done).onFailure(failed).onFinally(() -> busy.set(false)).start();
    }

    private void show(ProjectSession.State state) {
        sideBySide.clear();
        saved.show(state.saved());
        analysis.set(state.analysis());
        imports.setAll(state.imports());
        keepColumns();
        loadCategories();
    }

    /**
     * Has the session keep the analysis's per-customer columns in the project in the background, so that the next
     * opening reads them (nothing when it keeps them already); a failure only costs the next opening its time.
     */
    private void keepColumns() {
        ProjectSession s = session;
        if (s != null) {
            runner.<Void>run(task -> {
                s.keepColumns();
                return null;
            }).start();
        }
    }

    /** Reads the open project's categories in the background, without keeping the window busy (one pass). */
    private void loadCategories() {
        ProjectSession s = session;
        categories.clear();
        if (s != null) {
            runner.<java.util.List<ProductCategories.CategoryLines>>run(task -> s.categories())
                    .onSuccess(list -> {
                        if (s == session) {
                            categories.setAll(list);
                        }
                    }).onFailure(error::set).start();
        }
    }

    private record Opened(ProjectSession session, ProjectSession.State state) {
    }
}
