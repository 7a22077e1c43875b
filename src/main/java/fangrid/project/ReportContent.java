package fangrid.project;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.analysis.MigrationNews;
import fangrid.analysis.PlanProgress;
import fangrid.analysis.PortfolioSummary;
import fangrid.analysis.TrendPoint;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.SalesPlan;
import fangrid.domain.CustomerNames;
import fangrid.export.report.ActionsBlock;
import fangrid.export.report.ChangesBlock;
import fangrid.export.report.DecileBlock;
import fangrid.export.report.GridBlock;
import fangrid.export.report.HeaderBlock;
import fangrid.export.report.HeadlineBlock;
import fangrid.export.report.MatrixBlock;
import fangrid.export.report.PlanBlock;
import fangrid.export.report.RankDownBlock;
import fangrid.export.report.ReportBlock;
import fangrid.export.report.ReportText;
import java.util.ArrayList;
import java.util.List;

/**
 * What the one-page report holds, from one analysis: the header, then the blocks in order of importance. A new
 * section of the report is one block class in {@code export.report} and one line here.
 */
final class ReportContent {
    /** Months of the headline's trend. */
    static final int TREND_MONTHS = 12;

    private ReportContent() {
    }

    static ReportBlock header(Analysis a, ReportFilters filters, CustomerNames names, ReportText text) {
        List<String> lines = new ArrayList<>();
        String category = a.settings().category();
        if (category != null) {
            lines.add(text.format("categories.report.category", category.equals(AnalysisSettings.UNCATEGORISED)
                    ? text.get("category.uncategorised") : category));
        }
        addFilter(lines, text, "grid.title", filters.grid());
        addFilter(lines, text, "matrix.title", filters.matrix());
        addFilter(lines, text, "charts.title", filters.charts());
        if (lines.isEmpty()) {
            lines.add(text.get("report.filters.none"));
        }
        if (names.isMasked()) {
            lines.add(text.get("demo.badge"));
        }
        return new HeaderBlock(a.projectName(), a.asOf(), a.settings().windowMonths(), a.summary().people(), lines);
    }

    private static void addFilter(List<String> lines, ReportText text, String viewKey, ReportFilters.Scope scope) {
        if (!scope.isEveryone()) {
            lines.add(text.format("report.filters", text.format("report.filter.view", text.get(viewKey), scope.label())));
        }
    }

    /**
     * @param news what changed since last month, or null without an earlier month
     * @param plan the plan whose tracking to show (null: none), with its progress at the analysis date
     */
    static List<ReportBlock> blocks(Analysis a, List<TrendPoint> trend, ReportFilters filters, MigrationNews news,
                                    SalesPlan plan, PlanProgress progress) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new HeadlineBlock(a.firstCategory(), trend));
        if (news != null) {
            blocks.add(new ChangesBlock(news));
        }
        blocks.add(new GridBlock(a.summary(filters.grid().selection()).grid(), a.thresholds(), a.settings().activities(),
                filters.grid().label()));
        blocks.add(new MatrixBlock(a.summary(filters.matrix().selection()).matrix(), filters.matrix().label()));
        blocks.add(new ActionsBlock(a.activityCustomers()));
        blocks.add(new DecileBlock(a.summary(filters.charts().selection()).deciles(), filters.charts().label()));
        if (a.hasTransactions()) {
            blocks.add(rankDown(a));
        }
        if (plan != null) {
            blocks.add(new PlanBlock(plan, progress));
        }
        return blocks;
    }

    /** The rank-down list of everyone: its size, this week's newcomers, and their predicted sales. */
    private static ReportBlock rankDown(Analysis a) {
        CustomerTable t = a.customers();
        double value = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i) && t.atRisk(i) && !Double.isNaN(t.valueAtRisk(i))) {
                value += t.valueAtRisk(i);
            }
        }
        PortfolioSummary p = a.summary().portfolio();
        return new RankDownBlock(p.atRisk(), p.atRiskThisWeek(), value, CustomerTable.VALUE_AT_RISK_MONTHS);
    }
}
