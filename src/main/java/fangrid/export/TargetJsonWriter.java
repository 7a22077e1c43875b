package fangrid.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fangrid.analysis.target.Backtest;
import fangrid.analysis.target.Response;
import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetRow;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a target selection as JSON: the {@code target --json} output. Its inputs, how the intervals are made, each
 * group ranked from best (response measured, expectation, profit per contact, cumulative curve), the break-even
 * point, the recommended selection and the backtest. A missing figure is {@code null}.
 */
public final class TargetJsonWriter {
    /** How the intervals are made, written with every result. */
    static final String SHARE_INTERVAL = "Wilson score interval, 95%";
    static final String SALES_INTERVAL = "normal approximation of the mean (mean +/- 1.96 s/sqrt(n)), 95%";

    private TargetJsonWriter() {
    }

    public static void write(TargetResult r, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("as_of", r.asOf().toString());
            g.writeStringField("measured_from", r.measuredFrom().toString());
            g.writeNumberField("cost_per_contact", r.inputs().costPerContact());
            g.writeNumberField("margin_percent", r.inputs().marginPercent());
            g.writeNumberField("horizon_days", r.inputs().horizonDays());
            g.writeStringField("by", r.inputs().by().id());
            g.writeStringField("expectation", r.expectation() == null ? "measured response" : r.expectation());
            if (r.modelUnused() != null) {
                g.writeStringField("model_not_used", r.modelUnused());
            }
            g.writeObjectFieldStart("intervals");
            g.writeStringField("response_rate", SHARE_INTERVAL);
            g.writeStringField("sales_per_contact", SALES_INTERVAL);
            g.writeEndObject();
            g.writeArrayFieldStart("groups");
            int rank = 0;
            for (TargetRow row : r.rows()) {
                row(g, ++rank, row);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("break_even");
            number(g, "sales_per_contact", r.breakEvenSales());
            g.writeNumberField("people", r.recommendedPeople());
            number(g, "cumulative_profit", r.recommendedProfit());
            g.writeEndObject();
            g.writeObjectFieldStart("recommended");
            g.writeStringField("group", r.group().id());
            g.writeArrayFieldStart("ids");
            for (TargetRow row : r.rows()) {
                if (row.recommended()) {
                    g.writeString(row.id());
                }
            }
            g.writeEndArray();
            g.writeNumberField("people", r.recommendedPeople());
            number(g, "expected_profit", r.recommendedProfit());
            g.writeEndObject();
            backtest(g, r.backtest());
            g.writeEndObject();
        }
    }

    private static void row(JsonGenerator g, int rank, TargetRow row) throws IOException {
        Response h = row.history();
        g.writeStartObject();
        g.writeNumberField("rank", rank);
        g.writeStringField("group", row.id());
        g.writeNumberField("people_then", h.people());
        g.writeNumberField("buyers_then", h.buyers());
        number(g, "response_rate", h.share());
        number(g, "response_rate_low", h.shareLow());
        number(g, "response_rate_high", h.shareHigh());
        number(g, "sales_per_contact", h.salesPerContact());
        number(g, "sales_per_contact_low", h.salesLow());
        number(g, "sales_per_contact_high", h.salesHigh());
        g.writeNumberField("people", row.people());
        number(g, "expected_sales_per_contact", row.expectedSales());
        number(g, "expected_profit_per_contact", row.expectedProfit());
        number(g, "expected_profit_low", row.profitLow());
        number(g, "expected_profit_high", row.profitHigh());
        g.writeNumberField("cumulative_people", row.cumulativePeople());
        number(g, "cumulative_profit", row.cumulativeProfit());
        g.writeBooleanField("recommended", row.recommended());
        g.writeEndObject();
    }

    private static void backtest(JsonGenerator g, Backtest b) throws IOException {
        g.writeObjectFieldStart("backtest");
        g.writeStringField("selected_at", b.selectedAt().toString());
        g.writeStringField("until", b.until().toString());
        if (!b.available()) {
            g.writeStringField("unavailable", b.unavailable());
        } else {
            g.writeNumberField("contacted", b.contacted());
            number(g, "predicted_profit", b.predictedProfit());
            g.writeNumberField("buyers", b.buyers());
            number(g, "response_rate", b.share());
            number(g, "actual_sales", b.actualSales());
            number(g, "actual_profit", b.actualProfit());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
