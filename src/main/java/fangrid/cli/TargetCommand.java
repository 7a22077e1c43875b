package fangrid.cli;

import fangrid.analysis.target.Backtest;
import fangrid.analysis.target.TargetGrouping;
import fangrid.analysis.target.TargetInputs;
import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetRow;
import fangrid.domain.CustomerNames;
import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.domain.StepProgress;
import fangrid.domain.TargetRefusedException;
import fangrid.project.ProjectSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fangrid target}: which groups a mailing should reach, down to break-even, with a backtest. */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "Ranks groups for a mailing by expected profit per contact (each group's response measured on"
                + " the data's own history), with the cumulative profit, the break-even point, the recommended set"
                + " and a backtest one horizon earlier.")
final class TargetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--cost", required = true, paramLabel = "YEN", description = "cost per contact in yen, 0 or more")
    private String cost;

    @Option(names = "--margin", required = true, paramLabel = "PCT", description = "gross margin in percent, 0-100")
    private String margin;

    @Option(names = "--horizon-days", paramLabel = "N", defaultValue = "" + TargetInputs.DEFAULT_HORIZON_DAYS,
            description = "the days after a contact whose purchases count (default: ${DEFAULT-VALUE})")
    private int horizonDays;

    @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "grid",
            description = "grid, plan, matrix, decile, segment or customer (default: ${DEFAULT-VALUE})")
    private String by;

    @ArgGroup(multiplicity = "1")
    private Output output;

    static final class Output {
        @Option(names = "--json", description = "print the result as JSON")
        boolean json;

        @Option(names = "--out", paramLabel = "FILE.csv", description = "write the ranked groups as CSV (UTF-8)")
        Path csv;
    }

    @Mixin
    private AnalysisOptions analysis;

    @Option(names = "--demo", description = "demo mode: single customers' ids as pseudonyms (Customer 0001), as the"
            + " window's")
    private boolean demo;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            TargetInputs inputs = inputs();
            try (ProjectSession session = project.open()) {
                TargetResult result = session.target(session.analyzeWith(analysis.apply(session)), inputs,
                        StepProgress.NONE).named(CustomerNames.of(demo, Locale.ENGLISH));
                if (output.json) {
                    ProjectSession.writeTarget(result, out);
                    out.println();
                } else {
                    ProjectSession.writeTargetCsv(result, output.csv);
                    describe(result, out);
                    out.println("Written: " + result.rows().size() + " rows to " + output.csv);
                }
            }
            out.flush();
            return FanGridCli.OK;
        } catch (ImportException | ProjectException | TargetRefusedException e) {
            spec.commandLine().getErr().println("No target selection: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, spec.commandLine().getErr());
            return FanGridCli.BAD_INPUT;
        }
    }

    private TargetInputs inputs() throws ImportException {
        try {
            return new TargetInputs(number("--cost", cost.replaceFirst("^[¥￥]", "")),
                    number("--margin", margin.replaceFirst("%$", "")), horizonDays, TargetGrouping.of(by));
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage());
        }
    }

    private static double number(String option, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + text + "'");
        }
    }

    private static void describe(TargetResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "Target select at %s, response measured from %s (%d days), by %s.%n", r.asOf(),
                r.measuredFrom(), r.inputs().horizonDays(), r.inputs().by().id());
        out.println("Expected sales: " + (r.expectation() != null ? r.expectation()
                : "the measured response" + (r.modelUnused() == null ? "" : " (purchase model not used: "
                + r.modelUnused() + ")")) + ".");
        out.printf(Locale.ROOT, "Break-even: %.0f yen net sales per contact (cost %s yen / margin %s%%).%n",
                r.breakEvenSales(), plain(r.inputs().costPerContact()), plain(r.inputs().marginPercent()));
        String ids = r.rows().stream().filter(TargetRow::recommended).limit(20).map(TargetRow::id)
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "Recommended: %s%s - %d people, expected profit %.0f yen.%n",
                ids.isEmpty() ? "no one" : ids, r.recommendedRows() > 20 ? ", ..." : "", r.recommendedPeople(),
                r.recommendedProfit());
        Backtest b = r.backtest();
        if (b.available()) {
            out.printf(Locale.ROOT, "Backtest: selected at %s, %d contacted, predicted profit %.0f yen; up to %s"
                    + " %d bought, actual profit %.0f yen.%n", b.selectedAt(), b.contacted(), b.predictedProfit(),
                    b.until(), b.buyers(), b.actualProfit());
        } else {
            out.println("Backtest: none (" + b.unavailable() + ").");
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
