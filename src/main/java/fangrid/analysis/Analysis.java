package fangrid.analysis;

import fangrid.analysis.rfm.RfmSegmentRules;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridThresholds;
import java.sql.SQLException;
import java.time.LocalDate;
import tech.tablesaw.selection.Selection;

/**
 * One analysis of a project at one date: its settings, the per-customer columns and classes, and their aggregates.
 * Immutable; a new analysis replaces it when the data or settings change.
 */
public final class Analysis {
    private final String projectName;
    private final AnalysisSettings settings;
    private final LocalDate asOf;
    private final CustomerColumns columns;
    private final CustomerClasses classes;
    private final Aggregates aggregates;
    private final RfmResult rfm;
    private final Summary everyone;
    private final CustomerIdColumn customerIds;
    private final SegmentStats everyoneStats;
    private final CustomerTable customers;
    /** Each buyer's predicted net sales over the value-at-risk period; computed when first asked for. */
    private double[] periodSales;

    /** Gives the customer ids by index (customer key − 1), as {@link fangrid.store.CustomerIds} loads them. */
    @FunctionalInterface
    interface IdReader {
        CustomerIdColumn read() throws SQLException;
    }

    /**
     * An analysis of {@code columns}. The customers' classes are computed on a second thread while this one gets the
     * ids from {@code ids} (so that a project's connection stays on its caller's thread) and scores R/F/M: each half
     * sorts the buyers.
     */
    static Analysis of(String projectName, AnalysisSettings settings, LocalDate asOf, CustomerColumns columns,
                       IdReader ids) throws SQLException {
        CustomerClasses[] classified = new CustomerClasses[1];
        CustomerIdColumn[] read = new CustomerIdColumn[1];
        RfmResult[] scored = new RfmResult[1];
        SQLException[] failed = new SQLException[1];
        Halves.together(() -> {
            try {
                read[0] = ids.read();
            } catch (SQLException e) {
                failed[0] = e;
                return;
            }
            scored[0] = new RfmResult(columns, settings.scoring(), settings.rfmBreaks(), RfmSegmentRules.README);
        }, () -> classified[0] = new CustomerClasses(columns, settings));
        if (failed[0] != null) {
            throw failed[0];
        }
        return new Analysis(projectName, settings, asOf, columns, classified[0], scored[0], read[0]);
    }

    private Analysis(String projectName, AnalysisSettings settings, LocalDate asOf, CustomerColumns columns,
                     CustomerClasses classes, RfmResult rfm, CustomerIdColumn customerIds) {
        this.projectName = projectName;
        this.settings = settings;
        this.asOf = asOf;
        this.columns = columns;
        this.classes = classes;
        this.aggregates = new Aggregates(columns, classes);
        this.rfm = rfm;
        this.everyone = aggregates.summarize(null);
        this.customerIds = customerIds;
        this.everyoneStats = SegmentStats.of(columns, classes, null, Double.NaN);
        this.customers = new CustomerTable(columns, classes, rfm, customerIds, this::periodSales);
    }

    /** An analysis of other columns of the same project data (e.g. another category), sharing these customer ids. */
    Analysis withColumns(AnalysisSettings newSettings, LocalDate newAsOf, CustomerColumns newColumns)
            throws SQLException {
        return of(projectName, newSettings, newAsOf, newColumns, () -> customerIds);
    }

    /** This analysis's customers with other classes: new grid thresholds, activities or scoring, same columns. */
    Analysis withSettings(AnalysisSettings newSettings) throws SQLException {
        return of(projectName, newSettings, asOf, columns, () -> customerIds);
    }

    public String projectName() {
        return projectName;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** The analysis date, or null when the project has no transactions. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Whether the project has any transactions to analyse. */
    public boolean hasTransactions() {
        return asOf != null;
    }

    public Aggregates aggregates() {
        return aggregates;
    }

    /** The 5-level R/F/M scores and their named segments (R rfm's README rules). */
    public RfmResult rfm() {
        return rfm;
    }

    /** Every customer's values, by index; one table per analysis, so that the same table means the same analysis. */
    public CustomerTable customers() {
        return customers;
    }

    /** The customer id of index {@code i} (customer key − 1); null where the key is no longer a person. */
    public String customerId(int i) {
        return customerIds.id(i);
    }

    /** Segment detail's figures for the people in {@code filter} (null: everyone), in one pass. */
    public SegmentStats stats(Selection filter) {
        return filter == null ? everyoneStats : SegmentStats.of(columns, classes, filter, everyoneStats.netSales());
    }

    /** The recency bands in use: the settings' fixed thresholds or the data's tertiles. */
    public GridThresholds thresholds() {
        return classes.thresholds;
    }

    /** Everything the views show for everyone. */
    public Summary summary() {
        return everyone;
    }

    /** Everything the views show for the people in {@code filter}. */
    public Summary summary(Selection filter) {
        return filter == null ? everyone : aggregates.summarize(filter);
    }

    public GridSummary grid() {
        return everyone.grid();
    }

    public MatrixSummary matrix() {
        return everyone.matrix();
    }

    /** Customers per communication activity, indexed 1–4. */
    public int[] activityCustomers() {
        return everyone.activities();
    }

    public FirstCategorySummary firstCategory() {
        return everyone.firstCategory();
    }

    /**
     * Each buyer's predicted net sales over the {@link CustomerTable#VALUE_AT_RISK_MONTHS} months from the analysis
     * date, by the plans' forecast ({@link IntervalForecast}); NaN for people who did not buy. Computed once, when a
     * value at risk is first asked for.
     */
    synchronized double[] periodSales() {
        if (periodSales == null) {
            int days = asOf == null ? 0
                    : (int) java.time.temporal.ChronoUnit.DAYS.between(asOf, asOf.plusMonths(CustomerTable.VALUE_AT_RISK_MONTHS));
            periodSales = new IntervalForecast().expectedSales(this, days);
        }
        return periodSales;
    }

    /** Each customer's purchase days, for the purchase models. */
    public OccasionDays occasionDays() {
        return new OccasionDays(columns);
    }

    /**
     * Whether this analysis is of a customer summary (import kind customer-summary) instead of order lines: it can be
     * shown at its date only, without timelines or migrations.
     */
    public boolean fromSummary() {
        return columns.fromSummary();
    }

    CustomerColumns columns() {
        return columns;
    }
}
