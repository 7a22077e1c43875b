package fangrid.project;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.TimelineEvent;
import fangrid.analysis.TrendPoint;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.ExportCancelledException;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportRecord;
import fangrid.domain.ImportReport;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import fangrid.domain.SegmentNameTakenException;
import fangrid.export.CustomerCsvWriter;
import fangrid.export.CustomerExport;
import fangrid.export.SummaryJsonWriter;
import fangrid.importer.ImportService;
import fangrid.importer.SampleData;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.ImportUndo;
import fangrid.store.Project;
import fangrid.store.SavedSegmentRepository;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import tech.tablesaw.selection.Selection;

/**
 * One open project and its rules: open or create it, import into it and undo imports, change its settings, keep its
 * saved segments, and analyse it. The window and the command line both work through a session; it is synchronous
 * and used from one thread at a time (the window's worker, or a command's main thread).
 * The current analysis is computed when first asked for and again after anything that changes what it counts.
 */
public final class ProjectSession implements AutoCloseable {
    /** The project a first start creates in the data folder and fills with the sample shop. */
    public static final String FIRST_PROJECT = "sample-shop";
    private static final String LANGUAGE_SETTING = "ui.language";
    private static final String HEADLINE_TARGET_SETTING = "headline.target";

    private final Project project;
    private final AnalysisService analysisService = new AnalysisService();
    private final ImportService importService = new ImportService();
    private Analysis analysis;

    private ProjectSession(Project project) {
        this.project = project;
    }

    /** Opens an existing project. */
    public static ProjectSession open(Path file) throws ProjectException {
        return new ProjectSession(Project.open(file));
    }

    /** Creates a new, empty project ({@code .mv.db} is added to the name when missing); refuses an existing file. */
    public static ProjectSession createEmpty(Path file) throws ProjectException {
        return new ProjectSession(Project.create(file));
    }

    /**
     * Creates a new project filled with the bundled sample shop. When filling fails the half-made file is removed,
     * so that it is neither left behind nor reopened as it is.
     */
    public static ProjectSession createWithSample(Path file) throws ProjectException, ImportException, SQLException,
            IOException {
        Project p = Project.create(file);
        try {
            new SampleData(new ImportService()).loadInto(p);
            return new ProjectSession(p);
        } catch (ImportException | SQLException | IOException | RuntimeException e) {
            p.close();
            Files.deleteIfExists(p.file());
            throw e;
        }
    }

    /** The project a start of the app opens when none is named: the last one, else a first one with the sample shop. */
    public static ProjectSession atStart(AppHome home) throws ProjectException, ImportException, SQLException,
            IOException {
        if (!home.recentProjects().isEmpty()) {
            return open(home.recentProjects().get(0));
        }
        Path first = home.projectsDir().resolve(FIRST_PROJECT);
        // The recent list may be gone while the first project is still there: reopen it, never overwrite it.
        return Files.exists(Project.withExtension(first)) ? open(first) : createWithSample(first);
    }

    /**
     * Opens a read-only copy of a damaged project ({@link fangrid.domain.DamagedProjectException#copyReadable}) to show
     * what can still be read of it; the file itself is not opened. See {@link Project#openReadOnlyCopy}.
     */
    public static ProjectSession openReadOnlyCopy(Path file) throws ProjectException {
        return new ProjectSession(Project.openReadOnlyCopy(file));
    }

    /** Opens the project at {@code file}, creating an empty one when there is none (the {@code import} command). */
    public static ProjectSession openOrCreate(Path file) throws ProjectException {
        return new ProjectSession(Project.openOrCreate(file));
    }

    /**
     * A project for one import and its analysis, discarded when closed ({@code analyze --input}); see
     * {@link Project#createTemporary}.
     */
    public static ProjectSession temporary(Path file) throws ProjectException {
        return new ProjectSession(Project.createTemporary(file));
    }

    /** The project file ({@code NAME.mv.db}). */
    public Path file() {
        return project.file();
    }

    /** The project's name: its file name without the extension. */
    public String name() {
        return project.name();
    }

    /**
     * Whether the project may not be changed (a read-only file, or a copy of a damaged one): it is shown and analysed,
     * settings and language apply without being stored, and every call that would change it is refused with a
     * {@link ProjectException} that says why.
     */
    public boolean isReadOnly() {
        return project.isReadOnly();
    }

    private void requireWritable() throws ProjectException {
        if (project.isReadOnly()) {
            throw new ProjectException(project.readOnlyReason() + ": FanGrid shows it but cannot change it. To import,"
                    + " undo imports or keep segments, make the file writable, or copy it somewhere you may write.");
        }
    }

    /** The analysis with the project's stored settings, computed when first asked for after a change. */
    public Analysis analysis() throws SQLException {
        if (analysis == null) {
            analysis = analysisService.analyze(project);
        }
        return analysis;
    }

    /** What a window shows of the project: its analysis, imports, saved segments and language. */
    public State state() throws SQLException {
        return new State(analysis(), imports(), savedSegments(), language());
    }

    /** A project's state as {@link #state()} reads it. */
    public record State(Analysis analysis, List<ImportRecord> imports, SavedSegments saved, String language) {
    }

    /** The project's stored analysis settings. */
    public AnalysisSettings settings() throws SQLException {
        return analysisService.settings(project);
    }

    /** An analysis with {@code settings} (e.g. the stored ones with a command line's overrides), storing nothing. */
    public Analysis analyzeWith(AnalysisSettings settings) throws SQLException {
        return analysisService.analyze(project, settings);
    }

    /**
     * Stores new analysis settings (a read-only project only applies them) and analyses again, reusing the
     * per-customer columns when the analysis date and window stay the same.
     */
    public Analysis updateSettings(AnalysisSettings settings) throws SQLException {
        if (!project.isReadOnly()) {
            new AnalysisSettingsRepository(project.settings()).save(settings);
        }
        analysis = analysisService.reanalyze(project, analysis, settings);
        return analysis;
    }

    /** The UI language stored with the project ("ja", "en"), or empty when it has none. */
    public String language() throws SQLException {
        return project.settings().get(LANGUAGE_SETTING).orElse("");
    }

    /** Stores the UI language with the project, unless it is read-only. */
    public void setLanguage(String language) throws SQLException {
        if (!project.isReadOnly()) {
            project.settings().put(LANGUAGE_SETTING, language);
        }
    }

    /** The first-category share (0–1) the shop aims at, stored with the project, if it set one. */
    public OptionalDouble headlineTarget() throws SQLException {
        Optional<String> stored = project.settings().get(HEADLINE_TARGET_SETTING);
        try {
            return stored.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(stored.get()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Stores the first-category target (0–1), or removes it when empty, unless the project is read-only. */
    public void setHeadlineTarget(OptionalDouble target) throws SQLException {
        if (target.isPresent() && !(target.getAsDouble() >= 0 && target.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("a target share is between 0 and 1: " + target.getAsDouble());
        }
        if (project.isReadOnly()) {
            return;
        }
        if (target.isPresent()) {
            project.settings().put(HEADLINE_TARGET_SETTING, Double.toString(target.getAsDouble()));
        } else {
            project.settings().remove(HEADLINE_TARGET_SETTING);
        }
    }

    /** The project's imports, oldest first. */
    public List<ImportRecord> imports() throws SQLException {
        return project.imports().all();
    }

    /**
     * Imports {@code file} as {@code kind}: it lands whole or not at all (see {@link ImportService}).
     *
     * @param mapping the confirmed column mapping, or null for the proposed one
     */
    public ImportReport importFile(Path file, DataKind kind, ReadOptions options, ColumnMapping mapping,
                                   boolean skipBadRows, ImportProgress progress)
            throws ImportException, SQLException, ProjectException {
        requireWritable();
        return importFile(FileToImport.open(file, options, kind), mapping, skipBadRows, progress);
    }

    /** Imports a file already opened (the command line opens it first to print its mapping). */
    public ImportReport importFile(FileToImport file, ColumnMapping mapping, boolean skipBadRows,
                                   ImportProgress progress) throws ImportException, SQLException, ProjectException {
        requireWritable();
        try {
            return importService.importFile(project, file.file(), file.kind(), file.reader(), mapping, skipBadRows,
                    progress);
        } finally {
            analysis = null;
        }
    }

    /** Takes back import {@code importId}; returns how many people left the project with it. */
    public int undoImport(long importId) throws SQLException, ProjectException {
        requireWritable();
        try {
            return new ImportUndo(project.connection()).undo(importId);
        } finally {
            analysis = null;
        }
    }

    /** The saved segments, newest first, with their members. */
    public SavedSegments savedSegments() throws SQLException {
        SavedSegmentRepository.Snapshot saved = project.segments().snapshot();
        return new SavedSegments(saved.segments(), saved.members());
    }

    /**
     * Saves {@code members} (null: everyone in {@code analysis}) as a named segment whose definition is the filter
     * {@code definition}; with {@code replace}, a segment of the same name is replaced, else the name must be free
     * ({@link SegmentNameTakenException}).
     */
    public SavedSegments saveSegment(String name, String note, Activity activity, String definition,
                                                       Analysis analysis, Selection members, boolean replace)
            throws SQLException, SegmentNameTakenException, ProjectException {
        requireWritable();
        Selection people = members != null ? members
                : Selection.with(CustomerRows.of(analysis.customers(), null).indices());
        project.segments().save(name, note, activity, definition, analysis.asOf(), people, replace);
        return savedSegments();
    }

    /** Renames saved segment {@code id} and sets its note and activity; its members stay as they are. */
    public SavedSegments editSegment(long id, String name, String note, Activity activity)
            throws SQLException, SegmentNameTakenException, ProjectException {
        requireWritable();
        project.segments().update(id, name, note, activity);
        return savedSegments();
    }

    /** Deletes saved segment {@code id}. */
    public SavedSegments deleteSegment(long id) throws SQLException, ProjectException {
        requireWritable();
        project.segments().delete(id);
        return savedSegments();
    }

    /** One customer's purchases, returns and survey answers in date order; see {@link AnalysisService#timeline}. */
    public List<TimelineEvent> timeline(Analysis analysis, int customerIndex) throws SQLException {
        return analysisService.timeline(project, analysis, customerIndex);
    }

    /** The first-category KPI at {@code months} monthly dates up to {@code analysis}'s own, oldest first. */
    public List<TrendPoint> trend(Analysis analysis, int months) throws SQLException {
        return analysisService.firstCategoryTrend(project, analysis, months);
    }

    /**
     * Writes the customers of {@code selection} (null: everyone) of {@code analysis} with their contacts to
     * {@code file}, headers and labels in the language of {@code messages}; a cancelled export
     * ({@link ExportCancelledException}) leaves no file.
     */
    public ExportResult exportCustomers(Analysis analysis, Selection selection, ExportFormat format, Path file,
                                        ResourceBundle messages, ExportProgress progress)
            throws SQLException, IOException, ExportCancelledException {
        return new CustomerExport(analysis, CustomerContactsLoader.load(project.connection()), messages)
                .write(selection, format, file, progress);
    }

    /**
     * Writes {@code analysis} one row per person to {@code file} (the {@code analyze} CSV), with text a spreadsheet
     * would run neutralised when {@code safeCells}; returns the rows written.
     */
    public static int writeCustomers(Analysis analysis, Path file, boolean safeCells) throws IOException {
        return CustomerCsvWriter.write(analysis.customers(), file, safeCells);
    }

    /** Writes {@code analysis}'s summary as JSON (the {@code summary --json} output). */
    public static void writeSummary(Analysis analysis, Writer out) throws IOException {
        SummaryJsonWriter.write(analysis, out);
    }

    /** Closes the project; a temporary one is discarded without the tidy-up a kept project gets. */
    @Override
    public void close() throws SQLException {
        if (project.isTemporary()) {
            project.discard();
        } else {
            project.close();
        }
    }
}
