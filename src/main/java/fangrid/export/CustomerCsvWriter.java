package fangrid.export;

import fangrid.analysis.CustomerTable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one row per customer of an analysis: the {@code analyze} command's output, with its documented machine
 * names and exact figures whatever the language.
 */
public final class CustomerCsvWriter {
    public static final String[] HEADER = ExportColumn.ANALYZE.stream().map(ExportColumn::machineName).toArray(String[]::new);

    private CustomerCsvWriter() {
    }

    /** @return the number of customers written */
    public static int write(CustomerTable t, Writer out) throws IOException {
        int n = 0;
        ExportSource source = new ExportSource(t, null, null, Presentation.MACHINE);
        CsvCells csv = new CsvCells(out, "\n", null);
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
