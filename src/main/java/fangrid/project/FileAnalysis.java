package fangrid.project;

import fangrid.analysis.Analysis;
import fangrid.analysis.MemoryAnalysis;
import fangrid.analysis.PlanPlacement;
import fangrid.analysis.ProductCategories;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.ModelKind;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.domain.ProjectException;
import fangrid.importer.ImportService;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * An order-line file analysed with no project at all ({@code analyze --input}): the importer reads it into memory
 * instead of a project ({@link ImportService#importInMemory}) and the analysis builds the same per-customer columns
 * from there, with the default settings, no catalog, survey, customers file or stored plan. Nothing is written; it
 * answers as a project holding only that file would.
 */
public final class FileAnalysis implements AnalysisSource {
    private final ImportReport report;
    private final MemoryAnalysis analyses;

    private FileAnalysis(ImportService.InMemory imported) {
        this.report = imported.report();
        this.analyses = new MemoryAnalysis("input", imported.lines(), imported.customerIds());
    }

    /**
     * Reads the transactions file {@code file} (opened and mapped) into memory.
     *
     * @param mapping the confirmed column mapping, or null for the proposed one
     * @throws ImportException on bad input, naming file, row and column
     */
    public static FileAnalysis read(FileToImport file, fangrid.domain.ColumnMapping mapping, boolean skipBadRows)
            throws ImportException {
        return new FileAnalysis(new ImportService().importInMemory(file.file(), file.reader(), mapping, skipBadRows,
                ImportProgress.NONE));
    }

    /** What reading the file found, as an import's report (no rejected-rows file: nothing is saved). */
    public ImportReport report() {
        return report;
    }

    @Override
    public AnalysisSettings settings() {
        return AnalysisSettings.DEFAULT;
    }

    @Override
    public Analysis analyzeWith(AnalysisSettings settings) throws SQLException {
        return analyses.analyze(settings);
    }

    @Override
    public List<ProductCategories.CategoryLines> categories() throws SQLException {
        return analyses.categories();
    }

    @Override
    public PlanPlacement latestPlanTiers(LocalDate date) throws SQLException {
        return planTiersFor(date, ProjectSession.DEFAULT_PLAN_MONTHS);
    }

    @Override
    public PlanPlacement planTiersFor(LocalDate start, int months) throws SQLException {
        return Plans.unstoredTiers(analyses.allHistoryAt(start), start, months);
    }

    @Override
    public PlanPlacement latestPlanTiers(Analysis a) throws SQLException {
        return planTiersFor(a.asOf(), ProjectSession.DEFAULT_PLAN_MONTHS, a.settings().category());
    }

    @Override
    public PlanPlacement planTiersFor(LocalDate start, int months, String category) throws SQLException {
        return Plans.unstoredTiers(analyses.allHistoryAt(start, category), start, months);
    }

    /** As {@link ProjectSession#fitModels}: over all history before {@code asOf} (null: the default date). */
    @Override
    public FittedModels fitModels(ModelKind kind, LocalDate asOf) throws SQLException, ProjectException {
        Analysis current = analyzeWith(settings());
        if (!current.hasTransactions()) {
            throw new ProjectException("The file has no transactions to fit a purchase model to.");
        }
        LocalDate date = asOf != null ? asOf : current.asOf();
        Analysis a = date.equals(current.asOf()) ? current : analyzeWith(settings().withAsOf(date).withWindowMonths(0));
        return FittedModels.fit(a, kind);
    }
}
