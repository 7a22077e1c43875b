package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.analysis.PlanPlacement;
import fangrid.domain.CustomerNames;
import fangrid.analysis.predict.CustomerScores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one row per customer of an analysis: the {@code analyze} command's output, with its documented machine
 * names and exact figures whatever the language. Text is written as it is (ids exactly as stored, for scripts)
 * unless safe cells are asked for, which neutralises text a spreadsheet would run.
 */
public final class CustomerCsvWriter {
    public static final String[] HEADER = ExportColumn.ANALYZE.stream().map(ExportColumn::machineName).toArray(String[]::new);

    private CustomerCsvWriter() {
    }

    /**
     * Writes the CSV (UTF-8) to {@code file}, replacing it whole once written ({@link AtomicFile}).
     *
     * @param plan      the plan tiers and predicted period sales to write, or null to leave those columns empty
     * @param scores    the purchase models' scores, or null to leave those columns empty
     * @param safeCells whether text a spreadsheet would run as a formula gets a leading {@code '}
     * @param names     real ids, or demo mode's pseudonyms
     * @return the number of customers written
     */
    public static int write(CustomerTable t, PlanPlacement plan, CustomerScores scores, Path file, boolean safeCells,
                            CustomerNames names) throws IOException {
        return AtomicFile.<Integer, RuntimeException>write(file, temp -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
                return write(t, plan, scores, w, safeCells, names);
            }
        });
    }

    private static int write(CustomerTable t, PlanPlacement plan, CustomerScores scores, Writer out, boolean safeCells,
                             CustomerNames names) throws IOException {
        int n = 0;
        ExportSource source = new ExportSource(t, null, null, Presentation.MACHINE, plan, scores, names);
        CsvCells csv = new CsvCells(out, "\n", safeCells ? new SafeText(null) : null);
        csv.header(List.of(HEADER));
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i)) {
                csv.row(ExportColumn.ANALYZE, source, i);
                n++;
            }
        }
        csv.flush();
        return n;
    }
}
