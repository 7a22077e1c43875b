package fangrid.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Customer rows as CSV (RFC 4180 quoting by Commons CSV); numbers plain, dates ISO, booleans true/false. */
final class CsvCells implements CellWriter {
    private final CSVPrinter csv;
    /** Null writes text as it is (the CLI's contract); else text is fitted and neutralized. */
    private final SafeText safe;

    CsvCells(Writer out, String recordSeparator, SafeText safe) throws IOException {
        this.csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator(recordSeparator).build());
        this.safe = safe;
    }

    void header(List<CustomerField> fields) throws IOException {
        for (CustomerField f : fields) {
            csv.print(f.header());
        }
        csv.println();
    }

    void row(List<CustomerField> fields, CustomerRows rows, int i) throws IOException {
        for (CustomerField f : fields) {
            f.write(rows, i, this);
        }
        csv.println();
    }

    void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void text(String value) throws IOException {
        String v = safe == null ? value : safe.cell(value);
        csv.print(v == null ? "" : v);
    }

    @Override
    public void number(long value) throws IOException {
        csv.print(Long.toString(value));
    }

    @Override
    public void number(double value) throws IOException {
        csv.print(plain(value));
    }

    @Override
    public void bool(boolean value) throws IOException {
        csv.print(Boolean.toString(value));
    }

    @Override
    public void date(LocalDate value) throws IOException {
        csv.print(value == null ? "" : value.toString());
    }

    @Override
    public void empty() throws IOException {
        csv.print("");
    }

    /** A number as written by hand: no exponent, no trailing zeros ({@code 4310}, {@code 12.5}). */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
