package fangrid.cli;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.ImportException;
import fangrid.domain.RfmBreaks;
import fangrid.domain.ScoringMode;
import fangrid.project.AnalysisSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The analysis overrides {@code analyze} and {@code summary} share; the project's stored settings fill the rest. */
final class AnalysisOptions {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "analysis date: only transactions before it count (default: the day after the latest one)")
    private String asOf;

    @Option(names = "--window-months", paramLabel = "N", description = "only the last N months before the analysis date")
    private Integer windowMonths;

    @Option(names = "--scoring", paramLabel = "MODE",
            description = "fangrid (frequency = distinct purchase occasions) or rfm-package (every line, as R's rfm counts)")
    private String scoring;

    @Option(names = "--r-breaks", paramLabel = "A,B,…", description = "your own recency score thresholds, used as given"
            + " like R rfm's recency_bins (default: the project's, else quintiles); likewise --f-breaks and --m-breaks")
    private String rBreaks;

    @Option(names = "--f-breaks", paramLabel = "A,B,…", description = "your own frequency score thresholds")
    private String fBreaks;

    @Option(names = "--m-breaks", paramLabel = "A,B,…", description = "your own monetary score thresholds")
    private String mBreaks;

    @Option(names = {"--category", "--brand"}, paramLabel = "NAME", description = "only the order lines of this product"
            + " category or brand (the import's category column or the catalog's); 'Uncategorised' for lines without one")
    private String category;

    /** The project's stored settings with these overrides, the category checked against the project's. */
    AnalysisSettings apply(AnalysisSource session) throws ImportException, SQLException {
        AnalysisSettings s = apply(session.settings());
        if (category == null) {
            return s;
        }
        Optional<String> known = session.categoryNamed(category);
        if (known.isEmpty()) {
            String names = session.categories().stream().map(c -> c.isUncategorised() ? "Uncategorised" : c.name())
                    .collect(Collectors.joining(", "));
            throw new ImportException("--category: no order lines of '" + category + "'; the project's categories: "
                    + (names.isEmpty() ? "none (no order lines)" : names));
        }
        return s.withCategory(known.get());
    }

    /** Says which category {@code a} is of, as {@code category: NAME (its order lines only)}; nothing for all lines. */
    static void sayCategory(fangrid.analysis.Analysis a, java.io.PrintWriter out) {
        String category = a.settings().category();
        if (category != null) {
            out.println("category: " + (category.isEmpty() ? "Uncategorised" : category) + " (its order lines only)");
        }
    }

    AnalysisSettings apply(AnalysisSettings stored) throws ImportException {
        AnalysisSettings s = stored;
        if (asOf != null) {
            try {
                s = s.withAsOf(LocalDate.parse(asOf));
            } catch (DateTimeParseException e) {
                throw new ImportException("--as-of must be a date like 2024-01-31, not '" + asOf + "'");
            }
        }
        if (windowMonths != null) {
            if (windowMonths < 0) {
                throw new ImportException("--window-months must be 0 (all history) or more, not " + windowMonths);
            }
            s = s.withWindowMonths(windowMonths);
        }
        if (scoring != null) {
            try {
                s = s.withScoring(ScoringMode.of(scoring));
            } catch (IllegalArgumentException e) {
                throw new ImportException("--scoring: " + e.getMessage());
            }
        }
        if (rBreaks != null || fBreaks != null || mBreaks != null) {
            RfmBreaks b = s.rfmBreaks();
            try {
                s = s.withRfmBreaks(new RfmBreaks(rBreaks != null ? RfmBreaks.parse(rBreaks) : b.recency(),
                        fBreaks != null ? RfmBreaks.parse(fBreaks) : b.frequency(),
                        mBreaks != null ? RfmBreaks.parse(mBreaks) : b.monetary()));
            } catch (IllegalArgumentException e) {
                throw new ImportException("--r-breaks/--f-breaks/--m-breaks: " + e.getMessage());
            }
        }
        return s;
    }
}
