package fangrid.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fangrid.analysis.Migration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a migration's matrix for scripts (the {@code migration} command): one row per cell with its from and to
 * states, customers, share of the from-row and net sales between the dates; machine names, exact figures.
 */
public final class MigrationWriter {
    /** The CSV header. */
    public static final String HEADER = "from_date,to_date,by,from,to,customers,share_of_from,net_sales";

    private MigrationWriter() {
    }

    /** Writes every cell, rows in state order, as UTF-8 CSV to {@code file}, replaced whole once written. */
    public static void csv(Migration m, Path file) throws IOException {
        AtomicFile.<Void, RuntimeException>write(file, temp -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
                w.write(HEADER);
                w.write('\n');
                int n = m.states().size();
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        w.write(String.join(",", m.from().toString(), m.to().toString(), m.axis().id(),
                                m.states().get(a), m.states().get(b), Integer.toString(m.customers(a, b)),
                                share(m, a, b), CsvCells.plain(m.netSales(a, b))));
                        w.write('\n');
                    }
                }
            }
            return null;
        });
    }

    /** Writes the migration as JSON: dates, axis, states, base, and the cells with at least one customer. */
    public static void json(Migration m, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("from_date", m.from().toString());
            g.writeStringField("to_date", m.to().toString());
            g.writeStringField("by", m.axis().id());
            g.writeArrayFieldStart("states");
            for (String s : m.states()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeNumberField("base", m.base());
            g.writeArrayFieldStart("cells");
            int n = m.states().size();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (m.customers(a, b) == 0) {
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("from", m.states().get(a));
                    g.writeStringField("to", m.states().get(b));
                    g.writeNumberField("customers", m.customers(a, b));
                    g.writeNumberField("share_of_from", m.shareOfRow(a, b));
                    g.writeNumberField("net_sales", m.netSales(a, b));
                    g.writeStringField("group", m.group(a, b).id());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static String share(Migration m, int a, int b) {
        double s = m.shareOfRow(a, b);
        return Double.isNaN(s) ? "" : CsvCells.plain(Math.round(s * 1e6) / 1e6);
    }
}
