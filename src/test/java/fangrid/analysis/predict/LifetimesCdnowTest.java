package fangrid.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The models against lifetimes on CDNOW: the numbers of ../shared/data/cdnow/REFERENCE_NOTES.md, to their precision. */
class LifetimesCdnowTest {
    @Test
    void bgNbdFitsCdnowAsLifetimesDoes() throws Exception {
        PurchaseFit fit = PurchaseFit.fit(ModelKind.BGNBD, CdnowSummaries.weekly());
        assertTrue(fit.converged());
        assertNull(fit.boundParameter());
        // notes A: r 0.242593, alpha 4.413532, a 0.792886, b 2.425752 (the docs' summary)
        assertArrayEquals(new double[] {0.242593, 4.413532, 0.792886, 2.425752}, fit.model().parameters(), 1e-5);
        assertEquals(1.226, fit.model().expectedPurchases(39, 2, 30.43, 38.86), 0.001, "Hardie's Excel sheet");
        assertEquals(1.0, fit.model().pAlive(0, 1, 1));
    }

    @Test
    void bgNbdScoresMatchLifetimesRunPerCustomer() throws Exception {
        var model = new BgNbd(0.242593, 4.413532, 0.792886, 2.425752);
        // notes A, the docs' top 5 by predicted purchases in the next week: (x, t_x, T) → prediction
        double[][] top = {{18, 35.14, 35.86, 0.424877}, {19, 34.00, 34.14, 0.474738}, {17, 28.43, 28.86, 0.486526},
                {29, 37.71, 38.00, 0.662396}, {26, 30.86, 31.00, 0.710623}};
        for (double[] c : top) {
            assertEquals(c[3], model.expectedPurchases(1, (int) c[0], c[1], c[2]), 1e-5);
        }
        // notes C: lifetimes' own run, customer 1 (2, 30.43, 38.86) and 2 (1, 1.71, 38.86)
        assertEquals(0.037443, model.expectedPurchases(1, 2, 30.43, 38.86), 1e-6);
        assertEquals(0.726609, model.pAlive(2, 30.43, 38.86), 1e-6);
        assertEquals(0.212227, model.pAlive(1, 1.71, 38.86), 1e-6);
    }

    @Test
    void paretoNbdFitsCdnowAsLifetimesDoes() throws Exception {
        PurchaseFit fit = PurchaseFit.fit(ModelKind.PARETO, CdnowSummaries.weekly());
        assertTrue(fit.converged());
        // notes C: r 0.553275, alpha 10.577570, s 0.606196, beta 11.667070; the test checks 2 decimals
        assertArrayEquals(new double[] {0.553275, 10.577570, 0.606196, 11.667070}, fit.model().parameters(),
                5e-3);
        var given = new ParetoNbd(0.5534, 10.5802, 0.6061, 11.6562);
        assertEquals(0.9979, given.pAlive(26, 30.86, 31), 0.001, "notes A: P(alive | 26, 30.86, 31)");
        assertEquals(25.46, fit.model().expectedPurchases(52, 26, 30.86, 31), 0.01, "BTYD walkthrough");
    }

    @Test
    void gammaGammaFitsTheRepeatBuyersSpendAsLifetimesDoes() throws Exception {
        PurchaseHistories cal = CdnowSummaries.calibration(7);
        SpendFit fit = SpendFit.fit(cal);
        assertEquals(946, fit.spenders());
        // notes A: p 6.25, q 3.74, v 15.44 (fitted 15.4477), 2 decimals
        assertArrayEquals(new double[] {6.248802, 3.744588, 15.447748}, fit.model().parameters(), 5e-3);
        double[] profits = {24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981,
                27.282408, 35.170981};
        for (int i = 0; i < 10; i++) {
            assertEquals(profits[i], fit.model().conditionalMeanSpend(cal.x(i), cal.repeatSpend(i)), 0.1,
                    "customer " + (i + 1) + " (the notes' atol)");
        }
    }

    @Test
    void lifetimeValueOfTheFirstTenCustomersIsLifetimes() throws Exception {
        PurchaseHistories cal = CdnowSummaries.calibration(7);
        PurchaseModel bgnbd = PurchaseFit.fit(ModelKind.BGNBD, cal).model();
        GammaGamma gg = SpendFit.fit(cal).model();
        // notes A: time=12 months, discount_rate=0.01 monthly; the docs' call keeps freq="D", a "month" of 30 time
        // units, although this file's unit is the week (4.345 would give about a quarter of these values)
        double[] clv = {140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574,
                167.418216, 38.180574};
        for (int i = 0; i < 10; i++) {
            double value = gg.conditionalMeanSpend(cal.x(i), cal.repeatSpend(i));
            double expected = CustomerLifetimeValue.of(bgnbd, cal.x(i), cal.tx(i), cal.age(i), value, 30, 12, 0.01);
            assertEquals(clv[i], expected, clv[i] * 1e-3, "customer " + (i + 1));
        }
    }
}
