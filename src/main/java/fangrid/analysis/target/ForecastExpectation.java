package fangrid.analysis.target;

import fangrid.analysis.Analysis;
import fangrid.analysis.predict.ModelAssessment;
import fangrid.analysis.predict.SalesForecast;

/**
 * The purchase and spend models' expectation (BG/NBD × Gamma-Gamma, {@link SalesForecast}), fitted on what each
 * analysis sees; people who never bought expect nothing.
 */
public final class ForecastExpectation implements SalesExpectation {
    /** How results name this expectation. */
    public static final String NAME = "BG/NBD x Gamma-Gamma";

    private final Analysis fittedOn;
    private final SalesForecast forecast;

    private ForecastExpectation(Analysis fittedOn, SalesForecast forecast) {
        this.fittedOn = fittedOn;
        this.forecast = forecast;
    }

    /** The models fitted on {@code a}; check {@link #assessment()} before trusting them. */
    public static ForecastExpectation fit(Analysis a) {
        return new ForecastExpectation(a, SalesForecast.fit(a));
    }

    /** How far the fit on the analysis date's data can be trusted. */
    public ModelAssessment assessment() {
        return forecast.assessment();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] expectedSales(Analysis a, int days) {
        SalesForecast f = a == fittedOn ? forecast : SalesForecast.fit(a);
        return f.expectedSales(days);
    }
}
