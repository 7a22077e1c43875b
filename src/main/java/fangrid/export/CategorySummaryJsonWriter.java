package fangrid.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fangrid.analysis.CategorySummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the categories side by side as JSON ({@code summary --by-category --json}): per category its buyers, % of
 * base, net sales, repeat rate, share in R1 and one-time share; the lines without a category are named
 * {@code "Uncategorised"} with {@code "uncategorised": true}.
 */
public final class CategorySummaryJsonWriter {
    private CategorySummaryJsonWriter() {
    }

    public static void write(List<CategorySummary> rows, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("categories");
            for (CategorySummary r : rows) {
                boolean none = r.name().isEmpty();
                g.writeStartObject();
                g.writeStringField("category", none ? "Uncategorised" : r.name());
                g.writeBooleanField("uncategorised", none);
                g.writeNumberField("customers", r.customers());
                g.writeNumberField("share_of_base", r.shareOfBase());
                g.writeNumberField("net_sales", r.netSales());
                g.writeNumberField("repeat_rate", r.repeatRate());
                g.writeNumberField("share_in_r1", r.shareInR1());
                g.writeNumberField("one_time_share", r.oneTimeShare());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
