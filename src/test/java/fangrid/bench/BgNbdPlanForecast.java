package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.analysis.PeriodSalesForecast;
import fangrid.analysis.predict.SalesForecast;

/**
 * The fitted purchase and spend models (branch models: BG/NBD × Gamma-Gamma, {@link SalesForecast}) as a plan
 * forecast, for comparison in {@link PlanBenchmark}: used whatever the fit's assessment says (on Online Retail's
 * first months it reports a short history and no dropout seen), since only the ranking counts there.
 */
final class BgNbdPlanForecast implements PeriodSalesForecast {
    @Override
    public double[] expectedSales(Analysis atStart, int days) {
        double[] expected = SalesForecast.fit(atStart).expectedSales(days);
        CustomerTable t = atStart.customers();
        for (int i = 0; i < expected.length; i++) {
            if (!t.inBase(i) || t.daysSinceFirstPurchase(i) < 0) {
                expected[i] = Double.NaN;
            }
        }
        return expected;
    }

    @Override
    public String method() {
        return "bgnbd × gamma-gamma";
    }
}
