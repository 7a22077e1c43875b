package fangrid.cli;

import fangrid.analysis.Analysis;
import fangrid.analysis.PlanPlacement;
import fangrid.domain.CustomerNames;
import fangrid.analysis.predict.CustomerScores;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.ModelKind;
import fangrid.analysis.predict.ScoreOptions;
import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.ProjectException;
import fangrid.files.IoReasons;
import fangrid.project.AnalysisSource;
import fangrid.project.ProjectSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fangrid analyze}: one row per customer of a project, or of a file read into memory (no project). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Writes one CSV row per customer: recency, frequency, monetary, R/F/M scores and segment, grid cell,"
                + " activity, decile, usage level, favorability, first category and behavioural segments; median interval,"
                + " days overdue and rank-down risk; the plan's predicted period sales and tier; the purchase models'"
                + " P(alive), expected purchases in 90 days, expected order value and 12-month CLV; the CPM cell last.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--project", paramLabel = "PATH", description = "an existing project")
        Path project;

        @Option(names = "--input", paramLabel = "FILE", description = "an order-line file to analyse as it is, storing"
                + " nothing (with --kind: a file of that kind, imported into a temporary project first)")
        Path input;
    }

    @Option(names = "--read-only-copy", description = "with --project, of a damaged project: what a copy of it still holds")
    private boolean readOnlyCopy;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "transactions",
            description = "with --input: what the file holds (default: transactions)")
    private String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write (UTF-8)")
    private Path out;

    @Option(names = "--safe-cells", description = "put a ' before text a spreadsheet would run as a formula (e.g. an id"
            + " starting with =, +, - or @); by default ids are written exactly as stored")
    private boolean safeCells;

    @Option(names = "--plan-start", paramLabel = "YYYY-MM-DD", description = "the plan tiers and predicted period sales"
            + " as of this plan start (default: the project's latest plan, else the analysis date)")
    private String planStart;

    @Option(names = "--plan-months", paramLabel = "N", defaultValue = "6",
            description = "with --plan-start: the plan's period in months (default: 6)")
    private int planMonths;

    @Option(names = "--demo", description = "demo mode: customer ids as pseudonyms (Customer 0001), as the window's")
    private boolean demo;

    @Option(names = "--no-model", description = "leave the purchase-model columns (p_alive … clv) empty: skips the"
            + " fit, which takes seconds on millions of customers")
    private boolean noModel;

    @Mixin
    private AnalysisOptions analysis;

    @Mixin
    private ProjectOpening opening;

    @Mixin
    private ImportOptions importOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (source.input != null) {
                return analyzeFile(stdout);
            }
            try (ProjectSession session = opening.open(source.project, readOnlyCopy)) {
                write(session, stdout);
            }
            return FanGridCli.OK;
        } catch (ImportException | ProjectException e) {
            spec.commandLine().getErr().println("Not analyzed: " + e.getMessage());
            FanGridCli.hintReadOnlyCopy(e, spec.commandLine().getErr());
            return FanGridCli.BAD_INPUT;
        }
    }

    private int analyzeFile(PrintWriter stdout) throws Exception {
        DataKind k = ImportOptions.kind(kind);
        if (k != DataKind.TRANSACTIONS) {
            return analyzeInTemporaryProject(k, stdout);
        }
        // order lines need no project: they are read into memory and analysed from there (nothing is written)
        ImportOptions.Prepared prepared = importOptions.prepare(source.input, k, stdout);
        write(importOptions.readIntoMemory(prepared, stdout), stdout);
        return FanGridCli.OK;
    }

    /** A customers, survey or catalog file alone: imported into a temporary project, analysed, discarded. */
    private int analyzeInTemporaryProject(DataKind k, PrintWriter stdout) throws Exception {
        Path dir = Files.createTempDirectory("fangrid-analyze");
        try {
            // the temporary project's tables are made while the file is opened and mapped: each takes tens of ms
            FutureTask<ProjectSession> creating = new FutureTask<>(() -> ProjectSession.temporary(dir.resolve("input")));
            Thread creator = new Thread(creating, "fangrid-temporary-project");
            creator.setDaemon(true);
            creator.start();
            ImportOptions.Prepared prepared;
            try {
                prepared = importOptions.prepare(source.input, k, stdout);
            } catch (ImportException | RuntimeException e) {
                discardQuietly(creating);
                throw e;
            }
            try (ProjectSession session = created(creating)) {
                importOptions.importInto(session, prepared, stdout);
                write(session, stdout);
            }
            return FanGridCli.OK;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static ProjectSession created(FutureTask<ProjectSession> creating) throws ProjectException, InterruptedException {
        try {
            return creating.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProjectException p) {
                throw p;
            }
            throw new IllegalStateException("Cannot create a temporary project", e.getCause());
        }
    }

    private static void discardQuietly(FutureTask<ProjectSession> creating) throws InterruptedException {
        try {
            created(creating).close();
        } catch (ProjectException | SQLException | RuntimeException e) {
            // the file's problem is the one to report
        }
    }

    private void write(AnalysisSource session, PrintWriter stdout) throws SQLException, IOException, ImportException {
        Analysis a = session.analyzeWith(analysis.apply(session));
        PlanPlacement plan = plan(session, a);
        FittedModels fit = noModel ? null : fit(session, a);
        // a degenerate fit's scores are written empty (ExportSource.score): they are not worked out
        CustomerScores scores = fit == null || fit.assessment().degenerate() ? null
                : CustomerScores.of(fit, ScoreOptions.DEFAULT);
        int n;
        try {
            n = ProjectSession.writeCustomers(a, plan, scores, out, safeCells, CustomerNames.of(demo, Locale.ENGLISH));
        } catch (IOException e) {
            throw new ImportException("Cannot write " + out + ": " + IoReasons.of(e), e);
        }
        stdout.println("analysis date: " + (a.asOf() == null ? "none (no transactions)" : a.asOf()));
        AnalysisOptions.sayCategory(a, stdout);
        stdout.println("scoring: " + a.rfm().mode().id() + " (" + a.rfm().mode().definition() + ")");
        stdout.println("customers: " + n + " written to " + out);
        if (fit != null) {
            describeModel(fit, scores, stdout);
        }
    }

    private static FittedModels fit(AnalysisSource session, Analysis a) throws SQLException {
        if (!a.hasTransactions()) {
            return null;
        }
        try {
            return session.fitModelsOf(ModelKind.BGNBD, a);
        } catch (ProjectException e) {
            return null;
        }
    }

    /** Says in words what the model columns hold, and why they are empty where they are. */
    private static void describeModel(FittedModels fit, CustomerScores scores, PrintWriter stdout) {
        if (fit.assessment().degenerate()) {
            stdout.println("purchase model: BG/NBD is degenerate on this data (" + fit.assessment().reason()
                    + "): p_alive, expected_purchases_90d, expected_order_value and clv are left empty");
            return;
        }
        int tooShort = 0;
        for (int i = 0; i < scores.size(); i++) {
            tooShort += scores.historyTooShort(i) ? 1 : 0;
        }
        stdout.println("purchase model: BG/NBD and Gamma-Gamma fitted on " + fit.purchases().customers()
                + " buyers; clv over " + scores.options().clvMonths() + " months at "
                + scores.options().monthlyDiscount() * 100 + " % a month; left empty for " + tooShort
                + " customers whose first purchase is under " + FittedModels.MIN_CUSTOMER_DAYS
                + " days old and for people who never bought");
    }

    private PlanPlacement plan(AnalysisSource session, Analysis a) throws SQLException, ImportException {
        if (planMonths < 1) {
            throw new ImportException("--plan-months must be 1 or more, not " + planMonths);
        }
        if (planStart == null) {
            return a.asOf() == null ? null : session.latestPlanTiers(a);
        }
        try {
            return session.planTiersFor(LocalDate.parse(planStart), planMonths, a.settings().category());
        } catch (DateTimeParseException e) {
            throw new ImportException("--plan-start must be a date like 2024-01-31, not '" + planStart + "'");
        }
    }
}
