package fangrid.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fangrid.analysis.predict.FitProblem;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.PurchaseFit;
import fangrid.analysis.predict.SpendFit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a purchase-model fit as JSON (the {@code clv --json} output): the fitted parameters and log-likelihoods of
 * the purchase and spend models, and whether the fit is degenerate, with its reason in words.
 */
public final class ModelFitJsonWriter {
    private static final List<String> SPEND_PARAMETERS = List.of("p", "q", "v");

    private ModelFitJsonWriter() {
    }

    public static void write(FittedModels m, Writer out) throws IOException {
        PurchaseFit fit = m.purchases();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            g.writeStringField("model", fit.model().kind().id());
            g.writeStringField("as_of", m.asOf() == null ? null : m.asOf().toString());
            g.writeStringField("time_unit", "day");
            g.writeNumberField("customers", fit.customers());
            g.writeNumberField("repeat_buyers", fit.repeatBuyers());
            g.writeNumberField("groups", m.groups());
            parameters(g, fit.model().kind().parameterNames(), fit.model().parameters());
            g.writeNumberField("log_likelihood", fit.logLikelihood());
            g.writeBooleanField("converged", fit.converged());
            SpendFit spend = m.spend();
            g.writeObjectFieldStart("spend_model");
            g.writeStringField("model", "gamma-gamma");
            g.writeNumberField("customers", spend.spenders());
            parameters(g, SPEND_PARAMETERS, spend.model().parameters());
            number(g, "log_likelihood", spend.logLikelihood());
            g.writeBooleanField("converged", spend.converged());
            g.writeEndObject();
            g.writeBooleanField("degenerate", m.assessment().degenerate());
            g.writeStringField("reason", m.assessment().degenerate() ? m.assessment().reason() : null);
            g.writeArrayFieldStart("problems");
            for (FitProblem p : m.assessment().problems()) {
                g.writeString(p.name().toLowerCase(java.util.Locale.ROOT));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void parameters(JsonGenerator g, List<String> names, double[] values) throws IOException {
        g.writeObjectFieldStart("parameters");
        for (int k = 0; k < names.size(); k++) {
            number(g, names.get(k), values[k]);
        }
        g.writeEndObject();
    }

    /** A number, or null where it is not one (a spend model with nothing to fit). */
    private static void number(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }
}
