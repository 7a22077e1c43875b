package fangrid.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fangrid.analysis.Analysis;
import fangrid.analysis.DecileSummary;
import fangrid.analysis.FirstCategorySummary;
import fangrid.analysis.GridSummary;
import fangrid.analysis.PortfolioSummary;
import fangrid.analysis.MatrixSummary;
import fangrid.analysis.Summary;
import fangrid.domain.Activity;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CpmCell;
import fangrid.domain.CpmRules;
import fangrid.domain.GridCell;
import java.io.IOException;
import java.io.Writer;

/** Writes an analysis's summary as JSON: the {@code summary --json} command's output. */
public final class SummaryJsonWriter {
    private SummaryJsonWriter() {
    }

    public static void write(Analysis a, Writer out) throws IOException {
        Summary s = a.summary();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("project", a.projectName());
            g.writeStringField("as_of", a.asOf() == null ? null : a.asOf().toString());
            g.writeNumberField("window_months", a.settings().windowMonths());
            g.writeObjectFieldStart("scoring");
            g.writeStringField("mode", a.rfm().mode().id());
            g.writeStringField("definition", a.rfm().mode().definition());
            g.writeEndObject();
            g.writeNumberField("base", s.grid().base());
            g.writeNumberField("buyers", s.grid().buyers());
            grid(g, a, s.grid());
            matrix(g, s.matrix());
            firstCategory(g, s.firstCategory());
            deciles(g, s.deciles());
            g.writeArrayFieldStart("activities");
            for (Activity act : Activity.values()) {
                g.writeStartObject();
                g.writeNumberField("activity", act.number());
                g.writeNumberField("customers", s.activities()[act.number()]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("segments");
            for (BehaviouralSegment seg : BehaviouralSegment.values()) {
                g.writeNumberField(seg.id(), s.segment(seg));
            }
            g.writeEndObject();
            rankDownAndCpm(g, a, s.portfolio());
            g.writeEndObject();
        }
    }

    /** The rank-down line and its counts, and the CPM thresholds and cells (LTV-Lab's rules unless edited). */
    private static void rankDownAndCpm(JsonGenerator g, Analysis a, PortfolioSummary p) throws IOException {
        g.writeObjectFieldStart("rank_down");
        g.writeNumberField("k", a.settings().rankDown().k());
        g.writeNumberField("at_risk", p.atRisk());
        g.writeNumberField("this_week", p.atRiskThisWeek());
        g.writeEndObject();
        CpmRules rules = a.settings().cpm();
        g.writeObjectFieldStart("cpm");
        g.writeNumberField("lapsed_days", rules.lapsedDays());
        g.writeNumberField("steady_tenure_days", rules.steadyTenureDays());
        g.writeNumberField("loyal_tenure_days", rules.loyalTenureDays());
        g.writeNumberField("amount", rules.amount());
        g.writeArrayFieldStart("cells");
        for (int k = 0; k < CpmCell.COUNT; k++) {
            CpmCell cell = CpmCell.ofIndex(k);
            g.writeStartObject();
            g.writeStringField("cell", cell.id());
            g.writeNumberField("customers", p.customers(cell));
            g.writeNumberField("share_of_base", p.shareOfBase(cell));
            g.writeNumberField("net_sales", p.sales(cell));
            g.writeNumberField("share_of_sales", p.shareOfSales(cell));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void grid(JsonGenerator g, Analysis a, GridSummary grid) throws IOException {
        g.writeObjectFieldStart("grid");
        g.writeStringField("mode", a.settings().gridMode().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("r1_max_days", a.thresholds().r1MaxDays());
        g.writeNumberField("r2_max_days", a.thresholds().r2MaxDays());
        g.writeArrayFieldStart("cells");
        for (int k = 0; k < 9; k++) {
            GridCell cell = GridCell.ofIndex(k);
            g.writeStartObject();
            g.writeStringField("cell", cell.toString());
            g.writeNumberField("customers", grid.customers(cell));
            g.writeNumberField("share_of_base", grid.shareOfBase(cell));
            g.writeNumberField("net_sales", grid.sales(cell));
            g.writeNumberField("share_of_sales", grid.shareOfSales(cell));
            g.writeNumberField("activity", a.settings().activities().activityOf(cell).number());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Rows favorability 7 … 1 then no answer; columns usage 0 … 5. */
    private static void matrix(JsonGenerator g, MatrixSummary m) throws IOException {
        g.writeArrayFieldStart("matrix");
        for (int f = 7; f >= 0; f--) {
            g.writeStartObject();
            if (f == 0) {
                g.writeNullField("favorability");
            } else {
                g.writeNumberField("favorability", f);
            }
            g.writeArrayFieldStart("customers_by_usage");
            for (int u = 0; u <= 5; u++) {
                g.writeNumber(m.count(f, u));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void firstCategory(JsonGenerator g, FirstCategorySummary f) throws IOException {
        g.writeObjectFieldStart("first_category");
        g.writeNumberField("customers", f.firstCategory());
        g.writeNumberField("share_of_base", f.shareOfBase());
        g.writeNumberField("respondents", f.respondents());
        g.writeNumberField("share_of_respondents", f.shareOfRespondents());
        g.writeNumberField("one_step_usage", f.oneStepUsage());
        g.writeNumberField("one_step_liking", f.oneStepLiking());
        g.writeEndObject();
    }

    private static void deciles(JsonGenerator g, DecileSummary d) throws IOException {
        g.writeArrayFieldStart("deciles");
        for (int k = 1; k <= 10; k++) {
            g.writeStartObject();
            g.writeStringField("decile", "D" + k);
            g.writeNumberField("customers", d.customers()[k - 1]);
            g.writeNumberField("net_sales", d.sales()[k - 1]);
            g.writeNumberField("share_of_sales", d.shareOfSales(k));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
