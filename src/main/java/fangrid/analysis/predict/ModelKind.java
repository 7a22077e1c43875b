package fangrid.analysis.predict;

import java.util.List;

/** The purchase models FanGrid fits. */
public enum ModelKind {
    /** Fader, Hardie and Lee's BG/NBD: a customer may drop out right after each purchase. */
    BGNBD("bgnbd", List.of("r", "alpha", "a", "b")),
    /** Schmittlein, Morrison and Colombo's Pareto/NBD: a customer may drop out at any time. */
    PARETO("pareto", List.of("r", "alpha", "s", "beta"));

    private final String id;
    private final List<String> parameterNames;

    ModelKind(String id, List<String> parameterNames) {
        this.id = id;
        this.parameterNames = parameterNames;
    }

    /** The name the command line and the JSON use. */
    public String id() {
        return id;
    }

    /** The parameters' names, in the order of {@link PurchaseModel#parameters()}. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** The model named {@code id} ("bgnbd", "pareto"). */
    public static ModelKind of(String id) {
        for (ModelKind k : values()) {
            if (k.id.equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "': bgnbd or pareto");
    }
}
