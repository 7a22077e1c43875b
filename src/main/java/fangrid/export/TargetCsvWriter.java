package fangrid.export;

import fangrid.analysis.target.Response;
import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a target selection's ranked rows as CSV (UTF-8): the {@code target --out} file, one row per group (or
 * customer) from best, figures exact, empty where there is no figure. Shares are fractions (0.25), money in yen.
 * A customer id a spreadsheet would run as a formula gets a leading {@code '}: the file is a mailing list's source.
 */
public final class TargetCsvWriter {
    /** The columns, in order. */
    public static final List<String> HEADER = List.of("rank", "group", "people_then", "buyers_then", "response_rate",
            "response_rate_low", "response_rate_high", "sales_per_contact", "sales_per_contact_low",
            "sales_per_contact_high", "people", "expected_sales_per_contact", "expected_profit_per_contact",
            "expected_profit_low", "expected_profit_high", "cumulative_people", "cumulative_profit", "recommended");

    private TargetCsvWriter() {
    }

    /** Writes {@code result} to {@code file}, replacing it whole once written ({@link AtomicFile}). */
    public static void write(TargetResult result, Path file) throws IOException {
        AtomicFile.<Void, RuntimeException>write(file, temp -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8))) {
                write(result, w);
            }
            return null;
        });
    }

    static void write(TargetResult result, Writer out) throws IOException {
        SafeText safe = new SafeText(StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        csv.printRecord(HEADER);
        int rank = 0;
        for (TargetRow r : result.rows()) {
            Response h = r.history();
            csv.printRecord(++rank, safe.cell(r.id()), h.people(), h.buyers(), plain(h.share()), plain(h.shareLow()),
                    plain(h.shareHigh()), plain(h.salesPerContact()), plain(h.salesLow()), plain(h.salesHigh()),
                    r.people(), plain(r.expectedSales()), plain(r.expectedProfit()), plain(r.profitLow()),
                    plain(r.profitHigh()), r.cumulativePeople(), plain(r.cumulativeProfit()), r.recommended());
        }
        csv.flush();
    }

    /** A number as written by hand ({@code 4310}, {@code 12.5}); empty for no figure. */
    static String plain(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "";
    }
}
