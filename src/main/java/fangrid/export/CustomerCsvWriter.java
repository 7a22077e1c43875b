package fangrid.export;

import fangrid.analysis.CustomerTable;
import java.io.IOException;
import java.io.Writer;

/** Writes one row per customer of an analysis: the {@code analyze} command's output. */
public final class CustomerCsvWriter {
    public static final String[] HEADER = CustomerField.ANALYZE.stream().map(CustomerField::header).toArray(String[]::new);

    private CustomerCsvWriter() {
    }

    /** @return the number of customers written */
    public static int write(CustomerTable t, Writer out) throws IOException {
        int n = 0;
        CustomerRows rows = new CustomerRows(t, null, null);
        CsvCells csv = new CsvCells(out, "\n", null);
        csv.header(CustomerField.ANALYZE);
        for (int i = 0; i < t.size(); i++) {
            if (t.inBase(i)) {
                csv.row(CustomerField.ANALYZE, rows, i);
                n++;
            }
        }
        csv.flush();
        return n;
    }
}
