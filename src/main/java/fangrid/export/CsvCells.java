package fangrid.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Customer rows as CSV (RFC 4180 quoting by Commons CSV); numbers plain, dates ISO, booleans true/false, shares as
 * percentages ({@code 41.2%}).
 */
final class CsvCells implements CellWriter {
    /** Characters gathered before they go to the writer. */
    private static final int BLOCK = 1 << 16;

    private final Writer out;
    /**
     * The rows are printed into this and handed to {@link #out} a block at a time: a writer takes its lock on every
     * call, and a row is some fifty calls (each cell and each comma).
     */
    private final StringBuilder block = new StringBuilder(BLOCK + 4096);
    private final CSVPrinter csv;
    /** Null writes text as it is (the CLI's contract); else text is fitted and neutralized. */
    private final SafeText safe;

    CsvCells(Writer out, String recordSeparator, SafeText safe) throws IOException {
        this.out = out;
        this.csv = new CSVPrinter(block, CSVFormat.DEFAULT.builder().setRecordSeparator(recordSeparator).build());
        this.safe = safe;
    }

    void header(List<String> names) throws IOException {
        for (String name : names) {
            csv.print(name);
        }
        csv.println();
    }

    void row(List<ExportColumn> fields, ExportSource source, int i) throws IOException {
        for (ExportColumn f : fields) {
            f.write(source, i, this);
        }
        csv.println();
        if (block.length() >= BLOCK) {
            handOver();
        }
    }

    void flush() throws IOException {
        handOver();
        out.flush();
    }

    private void handOver() throws IOException {
        out.append(block);
        block.setLength(0);
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

    /** {@code 41.2%}: what a spreadsheet reads back as the number 0.412. */
    @Override
    public void percent(BigDecimal share) throws IOException {
        csv.print(share.movePointRight(2).toPlainString() + "%");
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
