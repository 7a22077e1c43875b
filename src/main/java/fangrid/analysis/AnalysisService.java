package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.SummaryOnlyException;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.CustomerSummaryStore;
import fangrid.store.CustomerIds;
import fangrid.store.Project;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Analyses a project with its stored settings; the UI and the command line both come here. */
public final class AnalysisService {
    private final CustomerColumnsLoader loader = new CustomerColumnsLoader();

    /** Analyses with the project's stored settings. */
    public Analysis analyze(Project project) throws SQLException {
        return analyze(project, settings(project));
    }

    /** The project's stored settings. */
    public AnalysisSettings settings(Project project) throws SQLException {
        return new AnalysisSettingsRepository(project.settings()).load();
    }

    /**
     * Analyses with new {@code settings}: when the analysis date and window are those of {@code previous}, its
     * per-customer columns are reused and only the classes and aggregates are computed again.
     */
    public Analysis reanalyze(Project project, Analysis previous, AnalysisSettings settings) throws SQLException {
        LocalDate asOf = settings.asOf() != null ? settings.asOf()
                : CustomerColumnsLoader.defaultAsOf(project.connection()).orElse(null);
        if (previous != null && java.util.Objects.equals(previous.asOf(), asOf)
                && previous.settings().windowMonths() == settings.windowMonths()
                && java.util.Objects.equals(previous.settings().category(), settings.category())) {
            return previous.withSettings(settings);
        }
        return analyze(project, settings);
    }

    /** Analyses with {@code settings} (e.g. the stored ones with a command line's overrides), storing nothing. */
    public Analysis analyze(Project project, AnalysisSettings settings) throws SQLException {
        LocalDate asOf = asOf(project, settings);
        return Analysis.of(project.name(), settings, asOf, columns(project, settings, asOf),
                () -> new CustomerIdColumn(CustomerIds.read(project.connection())));
    }

    /**
     * As {@link #analyze(Project, AnalysisSettings)}, with the customer ids of {@code sameData}, an analysis of the
     * project's data as it is now (e.g. of another category): 2 M ids are not read and held again.
     */
    public Analysis analyzeSharingIds(Project project, AnalysisSettings settings, Analysis sameData)
            throws SQLException {
        LocalDate asOf = asOf(project, settings);
        return sameData.withColumns(settings, asOf, columns(project, settings, asOf));
    }

    /**
     * Keeps {@code analysis}'s per-customer columns in the project, so that analysing it again at the same date and
     * window (the next opening) reads them instead of the order lines; nothing for a category's analysis, or when the
     * project keeps them already ({@link StoredColumns}).
     */
    public void keepColumns(Project project, Analysis analysis) throws SQLException {
        if (analysis.settings().category() == null) {
            StoredColumns.write(project.connection(), analysis.columns(), analysis.settings().windowMonths());
        }
    }

    /**
     * The per-customer columns an analysis with {@code settings} would hold, without its classes and aggregates:
     * what comparing categories needs of each.
     */
    public CustomerColumns columns(Project project, AnalysisSettings settings) throws SQLException {
        return columns(project, settings, asOf(project, settings));
    }

    private static LocalDate asOf(Project project, AnalysisSettings settings) throws SQLException {
        return settings.asOf() != null ? settings.asOf()
                : CustomerColumnsLoader.defaultAsOf(project.connection()).orElse(null);
    }

    private CustomerColumns columns(Project project, AnalysisSettings settings, LocalDate asOf) throws SQLException {
        // Without transactions there is no default date; survey answers of any date still count.
        LocalDate effective = asOf != null ? asOf : LocalDate.of(9999, 12, 31);
        return loader.load(project.connection(), effective, settings.windowMonths(), settings.category());
    }

    /**
     * One customer's purchases (per order), returns and survey answers in date order (undated answers first), all
     * of their history, including any after the analysis date; reads only the stored chunks that hold their lines.
     *
     * @param customerIndex customer key − 1, as in {@link CustomerTable}
     * @throws SummaryOnlyException for a project holding a customer summary instead of order lines
     */
    public List<TimelineEvent> timeline(Project project, Analysis analysis, int customerIndex) throws SQLException {
        var summary = new CustomerSummaryStore(project.connection()).held();
        if (summary.isPresent()) {
            throw new SummaryOnlyException(SummaryOnlyException.Asked.TIMELINE, summary.get().asOf(), null);
        }
        return CustomerTimeline.read(project.connection(), analysis.columns(), customerIndex);
    }

    /**
     * The first-category KPI at {@code months} monthly analysis dates up to the analysis's own, oldest first: the
     * first days of the months before it (each point covering up to a month's end) and, last, the analysis date, where
     * it equals {@link Analysis#firstCategory()}. Empty without transactions. One pass over the columns per date;
     * see {@link TrendPoint} for the base at each date.
     */
    public List<TrendPoint> firstCategoryTrend(Project project, Analysis analysis, int months) throws SQLException {
        if (!analysis.hasTransactions()) {
            return List.of();
        }
        CustomerColumns cols = analysis.columns();
        return new FirstCategoryTrend(cols, SurveyHistory.read(project.connection(), cols.asOf)).points(months);
    }
}
