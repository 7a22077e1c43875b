package fangrid.project;

import fangrid.analysis.Analysis;
import fangrid.analysis.CategoryComparison;
import fangrid.analysis.CategoryCrossing;
import fangrid.analysis.CategorySummary;
import fangrid.analysis.CustomerColumnsLoader;
import fangrid.analysis.ProductCategories;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerRows;
import fangrid.analysis.Migration;
import fangrid.analysis.MigrationNews;
import fangrid.analysis.MigrationProgress;
import fangrid.analysis.MigrationService;
import fangrid.analysis.MigrationSnapshots;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.PlanProgress;
import fangrid.analysis.TimelineEvent;
import fangrid.analysis.TrendPoint;
import fangrid.analysis.predict.CustomerHistories;
import fangrid.analysis.predict.CustomerScores;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.HoldoutCheck;
import fangrid.analysis.predict.ModelKind;
import fangrid.analysis.CustomerTable;
import fangrid.analysis.target.ForecastExpectation;
import fangrid.analysis.target.GivenGroups;
import fangrid.analysis.target.GroupMembers;
import fangrid.analysis.target.TargetGrouping;
import fangrid.analysis.target.TargetInputs;
import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetSelect;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.ColumnMapping;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.CustomerNames;
import fangrid.domain.DataKind;
import fangrid.domain.ExportCancelledException;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportRecord;
import fangrid.domain.ImportReport;
import fangrid.domain.MigrationAxis;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import fangrid.domain.ScoringMode;
import fangrid.domain.SalesPlan;
import fangrid.domain.StepProgress;
import fangrid.domain.SavedSegment;
import fangrid.domain.SegmentNameTakenException;
import fangrid.domain.TargetRefusedException;
import fangrid.export.CategorySummaryJsonWriter;
import fangrid.export.CustomerCsvWriter;
import fangrid.export.CustomerExport;
import fangrid.export.MigrationWriter;
import fangrid.export.ModelFitJsonWriter;
import fangrid.export.SummaryJsonWriter;
import fangrid.export.report.OnePageReport;
import fangrid.export.report.ReportText;
import fangrid.export.TargetCsvWriter;
import fangrid.export.TargetJsonWriter;
import fangrid.importer.ImportService;
import fangrid.importer.SampleData;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.ImportUndo;
import fangrid.store.Project;
import fangrid.store.ProjectEncryption;
import fangrid.store.ProjectKey;
import fangrid.store.SavedSegmentRepository;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import tech.tablesaw.selection.BitmapBackedSelection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import tech.tablesaw.selection.Selection;

/**
 * One open project and its rules: open or create it, import into it and undo imports, change its settings, keep its
 * saved segments, and analyse it. The window and the command line both work through a session; it is synchronous
 * and used from one thread at a time (the window's worker, or a command's main thread).
 * The current analysis is computed when first asked for and again after anything that changes what it counts.
 */
public final class ProjectSession implements AutoCloseable, AnalysisSource {
    /** The project a first start creates in the data folder and fills with the sample shop. */
    public static final String FIRST_PROJECT = "sample-shop";
    private static final String LANGUAGE_SETTING = "ui.language";
    /** A plan's period unless the user chooses another, in months. */
    public static final int DEFAULT_PLAN_MONTHS = 6;
    /**
     * How many analyses of other categories the session keeps besides the one shown, so that switching back is
     * immediate: each holds the per-customer columns (about 200 bytes a person: some 400 MB at 2 M customers).
     */
    public static final int KEPT_CATEGORY_ANALYSES = 2;
    /**
     * The hysteresis margin unless the user chooses another: a customer changes tier only once their place among the
     * buyers is past its edge by 90 % of the narrower tier there ({@link fangrid.analysis.PlanTiering}); with it,
     * about 5–7 % of the customers change tier from month to month on Online Retail (PlanBenchmark).
     */
    public static final double DEFAULT_PLAN_MARGIN = 0.9;
    private static final String HEADLINE_TARGET_SETTING = "headline.target";

    /** The open project; replaced only when its encryption changes ({@link #changeEncryption}). */
    private Project project;
    private final AnalysisService analysisService = new AnalysisService();
    private final ImportService importService = new ImportService();
    private final MigrationService migrations = new MigrationService();
    private final Plans plans;
    private Analysis analysis;
    /** The analyses of the categories shown before the current one; see {@link #KEPT_CATEGORY_ANALYSES}. */
    private final KeptAnalyses keptCategories = new KeptAnalyses(KEPT_CATEGORY_ANALYSES);
    /** Counts the imports and undos of this session. */
    private volatile long dataVersion;

    private ProjectSession(Project project) {
        this.project = project;
        this.plans = new Plans(project);
    }

    /** Opens an existing project. */
    public static ProjectSession open(Path file) throws ProjectException {
        return new ProjectSession(Project.open(file));
    }

    /**
     * Opens an existing project, encrypted or not: {@code password} opens an encrypted one (it is ignored for a plain
     * file). Every call here that takes a password overwrites the array once it is used, and never says it.
     *
     * @throws ProjectException with {@link ProjectException.Reason#PASSWORD_NEEDED} when the project is encrypted and
     *                          no password is given, {@link ProjectException.Reason#WRONG_PASSWORD} when it is wrong;
     *                          the file is then as it was
     */
    public static ProjectSession open(Path file, char[] password) throws ProjectException {
        return new ProjectSession(Project.open(file, ProjectKey.of(password)));
    }

    /** Creates a new, empty project, encrypted with {@code password} unless it is null. */
    public static ProjectSession createEmpty(Path file, char[] password) throws ProjectException {
        return new ProjectSession(Project.create(file, ProjectKey.of(password)));
    }

    /** Opens the project at {@code file} with {@code password}, creating one encrypted with it when there is none. */
    public static ProjectSession openOrCreate(Path file, char[] password) throws ProjectException {
        return new ProjectSession(Project.openOrCreate(file, ProjectKey.of(password)));
    }

    /** Opens a read-only copy of a damaged project, encrypted or not; see {@link #openReadOnlyCopy(Path)}. */
    public static ProjectSession openReadOnlyCopy(Path file, char[] password) throws ProjectException {
        return new ProjectSession(Project.openReadOnlyCopy(file, ProjectKey.of(password)));
    }

    /**
     * Changes the encryption of the closed project {@code file}: encrypts a plain one with {@code newPassword}, takes
     * it off an encrypted one when {@code newPassword} is null, or changes its password. {@code currentPassword} is
     * that of an encrypted project (null for a plain one). The file is rewritten beside itself and replaced in one
     * step; whatever fails, it is left as it was.
     */
    public static void changeEncryption(Path file, char[] currentPassword, char[] newPassword)
            throws ProjectException {
        ProjectEncryption.change(file, ProjectKey.of(currentPassword), ProjectKey.of(newPassword));
    }

    /**
     * Changes the encryption of this open project as {@link #changeEncryption(Path, char[], char[])} does: the project
     * is closed, converted and opened again, with its new key; when converting fails, it is opened again as it was and
     * the failure thrown. The analysis stays as it is (the data do not change).
     */
    public void changeEncryption(char[] currentPassword, char[] newPassword) throws ProjectException, SQLException {
        requireWritable();
        Path f = project.file();
        ProjectKey old = project.copyOfKey();
        ProjectKey next = ProjectKey.of(newPassword);
        ProjectKey reopen = next == null ? null : next.copy();
        project.close();
        try {
            ProjectEncryption.change(f, ProjectKey.of(currentPassword), next);
        } catch (ProjectException | RuntimeException e) {
            if (reopen != null) {
                reopen.destroy();
            }
            try {
                project = Project.open(f, old);
            } catch (ProjectException | RuntimeException reopening) {
                e.addSuppressed(reopening);
            }
            throw e;
        }
        if (old != null) {
            old.destroy();
        }
        project = Project.open(f, reopen);
    }

    /** Whether the project file is encrypted (opens with a password only). */
    public boolean isEncrypted() {
        return project.isEncrypted();
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
        return createWithSample(file, null);
    }

    /** Creates a new project filled with the sample shop, encrypted with {@code password} unless it is null. */
    public static ProjectSession createWithSample(Path file, char[] password) throws ProjectException,
            ImportException, SQLException, IOException {
        Project p = Project.create(file, ProjectKey.of(password));
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

    /**
     * Keeps the current analysis's per-customer columns in the project, so that the next opening at the same date
     * reads them instead of building them from the order lines (at 2 M customers and 20 M lines, 2 s of CPU instead
     * of 8); nothing for a read-only project. The window calls it once the figures are shown: it writes about 45 bytes
     * a customer (90 MB at 2 M).
     */
    public void keepColumns() throws SQLException {
        if (analysis != null && !project.isReadOnly()) {
            analysisService.keepColumns(project, analysis);
        }
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
        analysis = reanalyzeKeepingCategories(settings);
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
            keptCategories.clear();
            dataVersion++;
        }
    }

    /** Takes back import {@code importId}; returns how many people left the project with it. */
    public int undoImport(long importId) throws SQLException, ProjectException {
        requireWritable();
        try {
            return new ImportUndo(project.connection()).undo(importId);
        } finally {
            analysis = null;
            keptCategories.clear();
            dataVersion++;
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
     * {@code file}, headers and labels in the language of {@code messages}, with the tiers of the plan in force at the
     * analysis date (none before the first plan); a cancelled export
     * ({@link ExportCancelledException}) leaves no file.
     */
    public ExportResult exportCustomers(Analysis analysis, Selection selection, ExportFormat format, Path file,
                                        ResourceBundle messages, ExportProgress progress)
            throws SQLException, IOException, ExportCancelledException {
        return exportCustomers(analysis, selection, format, file, messages, CustomerNames.REAL, progress);
    }

    /**
     * Writes the customers of {@code selection} as {@link #exportCustomers(Analysis, Selection, ExportFormat, Path,
     * ResourceBundle, ExportProgress)} does, ids and contacts as {@code names} shows them (demo mode's pseudonyms).
     */
    public ExportResult exportCustomers(Analysis analysis, Selection selection, ExportFormat format, Path file,
                                        ResourceBundle messages, CustomerNames names, ExportProgress progress)
            throws SQLException, IOException, ExportCancelledException {
        PlanPlacement plan = analysis.asOf() == null ? null : plans.storedAt(analysis.asOf()).orElse(null);
        return new CustomerExport(analysis, CustomerContactsLoader.load(project.connection()), messages, plan, names)
                .write(selection, format, file, progress);
    }

    /**
     * The people of {@code group} in {@code analysis}, null for everyone: {@code all}; {@code segment:NAME}, a saved
     * segment by its name (any case) or a behavioural segment by its id or label; or a filter as the window writes
     * it ({@code R1F3}, {@code activity:4}, {@code fav7/use5}, {@code heavy}, {@code D1}, {@code saved:3},
     * {@code R1F1+R1F2&fav7/use5}).
     *
     * @throws ProjectException naming what is not a group, or the saved segments there are
     */
    public Selection selectGroup(Analysis analysis, String group) throws SQLException, ProjectException {
        String g = group.strip();
        if (g.equalsIgnoreCase("all")) {
            return null;
        }
        SavedSegments saved = savedSegments();
        CustomerFilter filter;
        try {
            filter = g.startsWith("segment:") ? CustomerFilter.of(List.of(segmentNamed(g.substring(8).strip(), saved)))
                    : CustomerFilter.parse(g);
        } catch (IllegalArgumentException e) {
            throw new ProjectException("'" + group + "' is not a group: give all, a cell such as R1F3, activity:1 to"
                    + " activity:4, segment:NAME (saved: " + savedNames(saved) + "), cross:A:B or cross:A:B:lapsed"
                    + " for categories A and B, or a filter such as R1F1+R1F2");
        }
        CategoryCrossing crossing = crossingFor(analysis, filter);
        return analysis.aggregates().select(filter, member -> member instanceof CustomerGroup.Saved s
                ? saved.members().getOrDefault(s.segmentId(), new BitmapBackedSelection())
                : member instanceof CustomerGroup.Cross x ? crossing.members(x) : new BitmapBackedSelection());
    }

    /** The crossing of the categories {@code filter}'s cross-category groups name; null when it names none. */
    private CategoryCrossing crossingFor(Analysis analysis, CustomerFilter filter) throws SQLException,
            ProjectException {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        filter.terms().forEach(t -> t.forEach(g -> {
            if (g instanceof CustomerGroup.Cross x) {
                names.add(x.a());
                names.add(x.b());
            }
        }));
        if (names.isEmpty()) {
            return null;
        }
        List<String> known = categories().stream().map(ProductCategories.CategoryLines::name).toList();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new ProjectException("'" + name + "' is not a product category of this project: "
                        + (known.isEmpty() ? "it has none; import a product catalog or transactions with a category"
                        + " column" : "it has " + String.join(", ", known.stream().map(k -> "'" + k + "'"
                        + (k.equals(AnalysisSettings.UNCATEGORISED) ? " (uncategorised)" : "")).toList())));
            }
        }
        return categoryCrossing(analysis.settings(), List.copyOf(names), StepProgress.NONE);
    }

    private static CustomerGroup segmentNamed(String name, SavedSegments saved) {
        for (SavedSegment s : saved.segments()) {
            if (s.name().strip().equalsIgnoreCase(name)) {
                return new CustomerGroup.Saved(s.id());
            }
        }
        for (BehaviouralSegment b : BehaviouralSegment.values()) {
            if (b.id().equalsIgnoreCase(name) || b.label(Locale.JAPANESE).equals(name)
                    || b.label(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return new CustomerGroup.Segment(b);
            }
        }
        throw new IllegalArgumentException("no segment " + name);
    }

    private static String savedNames(SavedSegments saved) {
        return saved.segments().isEmpty() ? "none"
                : String.join(", ", saved.segments().stream().map(SavedSegment::name).toList());
    }

    /**
     * Writes the one-page report of {@code analysis} to {@code file} as an A4 landscape PDF, worded by
     * {@code messages} (the window's, in the report's language): the blocks of {@link ReportContent}, each of the
     * people its view shows under {@code filters}, any customer it names as {@code names} shows them. The file is
     * replaced only once the new one is complete.
     */
    public void writeReport(Analysis analysis, ReportFilters filters, ResourceBundle messages, CustomerNames names,
                            Path file) throws SQLException, IOException {
        ReportText text = new ReportText(messages);
        List<TrendPoint> trend = trend(analysis, ReportContent.TREND_MONTHS);
        SalesPlan plan = planInForce(analysis);
        PlanProgress progress = plan == null ? null : planProgress(plan.id(), StepProgress.NONE);
        new OnePageReport(text, ReportContent.header(analysis, filters, names, text),
                ReportContent.blocks(analysis, trend, filters, sinceLastMonth(analysis), plan, progress))
                .write(file, text.format("report.title", analysis.projectName()));
    }

    /** What changed in the grid since a month before the analysis date; null without transactions or that month. */
    private MigrationNews sinceLastMonth(Analysis analysis) throws SQLException {
        if (!analysis.hasTransactions()) {
            return null;
        }
        try {
            Migration grid = migration(analysis, analysis.asOf().minusMonths(1), analysis.asOf(), MigrationAxis.GRID);
            return migrationNews(analysis, grid);
        } catch (IllegalArgumentException e) {
            // a date the migration cannot take (e.g. before any data): the report leaves the block out
            return null;
        }
    }

    /** The latest stored plan that started before the analysis date, or null. */
    private SalesPlan planInForce(Analysis analysis) throws SQLException {
        if (analysis.asOf() == null) {
            return null;
        }
        return plans().stream().filter(p -> p.start().isBefore(analysis.asOf())).findFirst().orElse(null);
    }

    /**
     * Writes {@code analysis} one row per person to {@code file} (the {@code analyze} CSV) with {@code plan}'s tiers
     * and predictions and the purchase models' {@code scores} (either null: those columns empty), with text a
     * spreadsheet would run neutralised when {@code safeCells}, ids as {@code names} shows them; returns the rows
     * written.
     */
    public static int writeCustomers(Analysis analysis, PlanPlacement plan, CustomerScores scores, Path file,
                                     boolean safeCells, CustomerNames names) throws IOException {
        return CustomerCsvWriter.write(analysis.customers(), plan, scores, file, safeCells, names);
    }

    /** Writes {@code analysis}'s summary as JSON (the {@code summary --json} output). */
    public static void writeSummary(Analysis analysis, Writer out) throws IOException {
        SummaryJsonWriter.write(analysis, out);
    }

    /**
     * The customers' migration between analysis dates {@code from} and {@code to} (both no later than
     * {@code analysis}'s date, {@code from} first) along {@code axis}, under {@code analysis}'s settings; throws
     * IllegalArgumentException for dates it cannot take, saying why. By plan tier, each date's tiers are
     * {@link #planTiersAt}'s.
     */
    public Migration migration(Analysis analysis, LocalDate from, LocalDate to, MigrationAxis axis) throws SQLException {
        if (axis == MigrationAxis.PLAN) {
            // each date's tiers are those of the plan in force then, else those a plan starting then would get
            return migrations.migration(project, analysis, from, to, this::planTiersAt);
        }
        return migrations.migration(project, analysis, from, to, axis);
    }

    /** What changed between the dates of {@code grid} (a migration by grid): growth, largest moves, first category. */
    public MigrationNews migrationNews(Analysis analysis, Migration grid) throws SQLException {
        return migrations.news(project, analysis, grid);
    }

    /** Each state's customers at {@code months} month ends up to {@code analysis}'s date, oldest first. */
    public MigrationSnapshots migrationSnapshots(Analysis analysis, MigrationAxis axis, int months,
                                                 MigrationProgress progress) throws SQLException {
        return migrations.snapshots(project, analysis, axis, months, progress);
    }

    /** Writes {@code migration}'s cells as CSV (the {@code migration --out} file). */
    public static void writeMigrationCsv(Migration migration, Path file) throws IOException {
        MigrationWriter.csv(migration, file);
    }

    /** Writes {@code migration} as JSON (the {@code migration --json} output). */
    public static void writeMigrationJson(Migration migration, Writer out) throws IOException {
        MigrationWriter.json(migration, out);
    }

    /**
     * A target selection for a mailing at {@code current}'s analysis date ({@link TargetSelect}): each group's
     * response measured on the analyses one and two horizons earlier, counting all history whatever
     * {@code current}'s window, and its expected profit now. {@code progress} hears of each of its steps and is asked
     * between them; a cancelled selection ends with a {@link java.util.concurrent.CancellationException}. The expectation for today
     * is the purchase and spend models' ({@link ForecastExpectation}) where their fit is sound, else the measured
     * response, and the result says why.
     */
    public TargetResult target(Analysis current, TargetInputs inputs, StepProgress progress)
            throws SQLException, TargetRefusedException {
        if (!current.hasTransactions()) {
            throw new TargetRefusedException(TargetRefusedException.Reason.NO_TRANSACTIONS, "the project has no"
                    + " transactions, so no response to a mailing can be measured; import orders first");
        }
        SavedSegments saved = savedSegments();
        if (inputs.by() == TargetGrouping.SEGMENT && saved.segments().isEmpty()) {
            throw new TargetRefusedException(TargetRefusedException.Reason.NO_SEGMENTS, "the project has no saved"
                    + " segments to rank; save some in segment detail, or group otherwise");
        }
        AnalysisSettings all = current.settings().withWindowMonths(0).withScoring(ScoringMode.FANGRID)
                .withAsOf(current.asOf());
        boolean sameColumns = current.settings().windowMonths() == 0 && current.settings().scoring() == ScoringMode.FANGRID;
        Analysis now = sameColumns ? current : step(all, progress, 0);
        int h = inputs.horizonDays();
        Analysis then = step(all.withAsOf(current.asOf().minusDays(h)), progress, 1);
        if (then.grid().buyers() == 0) {
            long longest = longestHistoryDays(now);
            throw new TargetRefusedException(TargetRefusedException.Reason.SHORT_HISTORY, "no purchase before "
                    + then.asOf() + " (the analysis date - " + h + " days), so no response can be measured; choose"
                    + " a horizon shorter than " + longest + " days", then.asOf(), longest);
        }
        Analysis before = step(all.withAsOf(then.asOf().minusDays(h)), progress, 2);
        ForecastExpectation model = ForecastExpectation.fit(now);
        progress.step(TARGET_STEPS - 1, TARGET_STEPS);
        boolean trusted = !model.assessment().degenerate();
        GivenGroups given = givenGroups(inputs.by(), saved, List.of(now.asOf(), then.asOf(), before.asOf()));
        return new TargetSelect(inputs, given, trusted ? model : null,
                trusted ? null : model.assessment().reason())
                .run(before.grid().buyers() == 0 ? null : before, then, now);
    }

    /** The saved segments (the same members at every date) or the plan tiers in force at each of {@code dates}. */
    private GivenGroups givenGroups(TargetGrouping by, SavedSegments saved, List<LocalDate> dates) throws SQLException {
        Map<LocalDate, List<GroupMembers>> at = new HashMap<>();
        for (LocalDate date : dates) {
            List<GroupMembers> groups = new ArrayList<>();
            if (by == TargetGrouping.SEGMENT) {
                saved.members().forEach((id, members) -> groups.add(GroupMembers.of(new CustomerGroup.Saved(id), members)));
            } else if (by == TargetGrouping.PLAN) {
                PlanPlacement tiers = planTiersAt(date);
                LocalDate start = plans().stream().map(SalesPlan::start).filter(d -> !d.isAfter(date)).findFirst()
                        .orElse(date);
                for (int t = 1; t <= tiers.tierCount(); t++) {
                    groups.add(new GroupMembers("T" + t, new CustomerGroup.PlanTier(start, t, false), tiers.members(t)));
                }
            }
            at.put(date, groups);
        }
        return date -> at.getOrDefault(date, List.of());
    }

    /** Analyses at the dates a target selection needs (three), fitting the models, selecting. */
    private static final int TARGET_STEPS = 4;

    private Analysis step(AnalysisSettings settings, StepProgress progress, int done) throws SQLException {
        if (progress.isCancelled()) {
            throw new CancellationException("target selection cancelled");
        }
        progress.step(done, TARGET_STEPS);
        return analyzeWith(settings);
    }

    /** Days from the earliest purchase to the analysis date. */
    private static long longestHistoryDays(Analysis a) {
        long longest = 0;
        CustomerTable t = a.customers();
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i)) {
                longest = Math.max(longest, t.daysSinceFirstPurchase(i));
            }
        }
        return longest;
    }

    /** Writes a target selection as JSON (the {@code target --json} output). */
    public static void writeTarget(TargetResult result, Writer out) throws IOException {
        TargetJsonWriter.write(result, out);
    }

    /** Writes a target selection's ranked rows as CSV (the {@code target --out} file), replacing it whole. */
    public static void writeTargetCsv(TargetResult result, Path file) throws IOException {
        TargetCsvWriter.write(result, file);
    }

    /** The project's six-month plans, latest start first. */
    public List<SalesPlan> plans() throws SQLException {
        return plans.list();
    }

    /**
     * Fixes a plan from {@code start} for {@code months} months: every buyer before the start is ranked by predicted
     * net sales over the period into {@code tierCount} (4–6) tiers; a customer of the plan before it keeps their tier
     * unless their place among the buyers passes its edge by {@code margin} (0 to below 1) times the narrower tier there.
     * Replaces a plan with the same start.
     * A cancelled job ({@link java.util.concurrent.CancellationException}) stores nothing.
     */
    public SalesPlan createPlan(LocalDate start, int months, int tierCount, double margin, StepProgress progress)
            throws SQLException, ProjectException {
        requireWritable();
        return plans.create(start, months, tierCount, margin, progress);
    }

    /** Deletes plan {@code id}. */
    public void deletePlan(long id) throws SQLException, ProjectException {
        requireWritable();
        project.plans().delete(id);
    }

    /** Plan {@code id}'s fixed tiers and predictions by customer index. */
    public PlanPlacement planTiers(long id) throws SQLException {
        return plans.placement(id);
    }

    /**
     * How plan {@code id}'s tiers are doing from its start to the analysis date (at most its end): per tier who bought,
     * their net sales against the prediction, and who has not bought yet.
     */
    public PlanProgress planProgress(long id, StepProgress progress) throws SQLException {
        LocalDate asOf = analysis().asOf();
        return plans.progress(id, asOf != null ? asOf : LocalDate.now(), progress);
    }

    /**
     * The tiers as of {@code start}: the stored plan starting then, else those a plan starting then would get (default
     * tiers and margin, not stored) — the {@code analyze --plan-start} columns.
     */
    public PlanPlacement planTiersFor(LocalDate start, int months) throws SQLException {
        return plans.tiersFor(start, months);
    }

    /**
     * The latest stored plan's tiers, else those a plan starting at {@code date} would get (default tiers, not
     * stored): the {@code analyze} columns without {@code --plan-start}.
     */
    public PlanPlacement latestPlanTiers(LocalDate date) throws SQLException {
        return plans.latestOr(date);
    }

    /**
     * The plan tiers of analysis {@code a}: {@link #latestPlanTiers}'s for all products; for one category, the tiers
     * its lines alone get over the latest stored plan's period (else a default plan starting at {@code a}'s date),
     * computed and not stored, since a stored plan is the whole shop's.
     */
    @Override
    public PlanPlacement latestPlanTiers(Analysis a) throws SQLException {
        String category = a.settings().category();
        return category == null ? latestPlanTiers(a.asOf()) : plans.latestOr(a.asOf(), category);
    }

    /** {@link #planTiersFor}'s tiers, of {@code category}'s lines alone when it is not null (then never stored ones). */
    @Override
    public PlanPlacement planTiersFor(LocalDate start, int months, String category) throws SQLException {
        return category == null ? planTiersFor(start, months) : plans.tiersFor(start, months, category);
    }

    /**
     * The tiers in force at {@code date}: the latest stored plan starting on or before it, else those a plan starting
     * at {@code date} would get (not stored). Per customer index, for tables by plan tier (e.g. migration).
     */
    public PlanPlacement planTiersAt(LocalDate date) throws SQLException {
        return plans.tiersAt(date);
    }

    /**
     * Fits the purchase model {@code kind} and the Gamma-Gamma spend model to the purchases before {@code asOf} (null:
     * the analysis date), over all history whatever the analysis window: the models need each customer's first
     * purchase.
     */
    public FittedModels fitModels(ModelKind kind, LocalDate asOf) throws SQLException, ProjectException {
        Analysis a = modelAnalysis(asOf);
        return FittedModels.fit(a, kind);
    }

    private Analysis modelAnalysis(LocalDate asOf) throws SQLException, ProjectException {
        AnalysisSettings s = settings();
        Analysis current = analysis();
        requireTransactions(current);
        LocalDate date = asOf != null ? asOf : current.asOf();
        return date.equals(current.asOf()) && s.windowMonths() == 0 ? current
                : analyzeWith(s.withAsOf(date).withWindowMonths(0).withCategory(current.settings().category()));
    }

    private static void requireTransactions(Analysis a) throws ProjectException {
        if (!a.hasTransactions()) {
            throw new ProjectException("The project has no transactions to fit a purchase model to: import some first.");
        }
    }

    /**
     * The holdout check: the models fitted up to {@code days} before the analysis date, their expected purchases
     * over those days against the actual ones.
     */
    public HoldoutCheck holdout(ModelKind kind, int days) throws SQLException, ProjectException {
        Analysis end = modelAnalysis(null);
        LocalDate cutoff = end.asOf().minusDays(days);
        Analysis calibration = modelAnalysis(cutoff);
        if (CustomerHistories.of(calibration).buyers() == 0) {
            throw new ProjectException("No purchases before " + cutoff + ": a holdout period of " + days
                    + " days leaves nothing to fit on. Choose a shorter period.");
        }
        return HoldoutCheck.of(calibration, end, days, kind);
    }

    /** Writes a model fit as JSON (the {@code clv --json} output). */
    public static void writeModelFit(FittedModels models, Writer out) throws IOException {
        ModelFitJsonWriter.write(models, out);
    }

    /** The project's product categories (or brands) with their order lines, most lines first, uncategorised last. */
    public List<ProductCategories.CategoryLines> categories() throws SQLException {
        return ProductCategories.count(project.connection());
    }

    /**
     * Each category's side-by-side row, in {@link #categories()}'s order: the figures of the analysis with
     * {@code settings} restricted to each category's lines, all from one pass over the lines; empty without
     * transactions.
     *
     * @throws CancellationException once {@code progress} is cancelled
     */
    public List<CategorySummary> categorySummaries(AnalysisSettings settings, StepProgress progress)
            throws SQLException {
        Optional<LocalDate> asOf = settings.asOf() != null ? Optional.of(settings.asOf())
                : CustomerColumnsLoader.defaultAsOf(project.connection());
        return asOf.isEmpty() ? List.of()
                : CategoryComparison.of(project.connection(), settings, asOf.get(), progress);
    }

    /**
     * Another category's analysis (or all products'): a kept one when that category was shown before, else computed;
     * the one replaced is kept.
     */
    private Analysis reanalyzeKeepingCategories(AnalysisSettings settings) throws SQLException {
        Analysis previous = analysis;
        if (previous == null || Objects.equals(previous.settings().category(), settings.category())) {
            return analysisService.reanalyze(project, previous, settings);
        }
        keptCategories.keep(previous);
        Analysis kept = keptCategories.take(settings);
        if (kept != null && kept.settings().equals(settings)) {
            return kept;
        }
        return kept != null ? analysisService.reanalyze(project, kept, settings)
                : analysisService.analyzeSharingIds(project, settings, previous);
    }

    /**
     * Who buys across {@code categories} (at most {@link CategoryCrossing#MOST}; see {@link #crossingCategories()}):
     * one analysis per category with {@code settings} otherwise, reusing the one shown and those kept.
     */
    public CategoryCrossing categoryCrossing(AnalysisSettings settings, List<String> categories,
                                             StepProgress progress) throws SQLException {
        CategoryCrossing.Builder crossing = new CategoryCrossing.Builder(categories);
        for (int k = 0; k < categories.size(); k++) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            progress.step(k, categories.size());
            AnalysisSettings s = settings.withCategory(categories.get(k));
            Analysis shown = analysis;
            Analysis kept = keptCategories.peek(s);
            Analysis ready = shown != null && shown.settings().equals(s) ? shown : kept;
            if (ready != null) {
                crossing.add(ready);
            } else {
                crossing.add(analysisService.columns(project, s), s);
            }
        }
        progress.step(categories.size(), categories.size());
        return crossing.build();
    }

    /** Changes with each import or undo in this session: results computed before another version are stale. */
    public long dataVersion() {
        return dataVersion;
    }

    /** The categories a cross-category matrix compares: the {@link CategoryCrossing#MOST} with most lines. */
    public List<String> crossingCategories() throws SQLException {
        return categories().stream().limit(CategoryCrossing.MOST).map(ProductCategories.CategoryLines::name).toList();
    }

    /** Writes {@code rows} as the {@code summary --by-category --json} document. */
    public static void writeCategorySummaries(List<CategorySummary> rows, Writer out) throws IOException {
        CategorySummaryJsonWriter.write(rows, out);
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
