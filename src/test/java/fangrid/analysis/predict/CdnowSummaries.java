package fangrid.analysis.predict;

import fangrid.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** lifetimes' CDNOW summaries in ../shared/data/cdnow, read as {@link PurchaseHistories} (index = row). */
final class CdnowSummaries {
    private CdnowSummaries() {
    }

    /** cdnow_customers_summary.csv: ID, frequency, recency, T in weeks (2 decimals). */
    static PurchaseHistories weekly() throws IOException {
        return read("cdnow/cdnow_customers_summary.csv", 1);
    }

    /**
     * lifetimes' own daily summary of CDNOW_sample before 1997-10-01 (id, frequency, recency, T, monetary_value),
     * times divided by {@code daysPerUnit} (7: the weeks of Hardie's file with zbar).
     */
    static PurchaseHistories calibration(double daysPerUnit) throws IOException {
        return read("cdnow/reference/summary_data_from_transaction_data__CDNOW_sample_cal_to_1997-09-30_daily.csv",
                daysPerUnit);
    }

    private static PurchaseHistories read(String file, double daysPerUnit) throws IOException {
        List<String> lines = Files.readAllLines(TestProjects.sharedData(file));
        int n = lines.size() - 1;
        boolean[] included = new boolean[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            included[i] = true;
            x[i] = (int) Double.parseDouble(f[1]);
            tx[i] = Double.parseDouble(f[2]) / daysPerUnit;
            age[i] = Double.parseDouble(f[3]) / daysPerUnit;
            spend[i] = f.length > 4 ? Double.parseDouble(f[4]) : 0;
        }
        return new PurchaseHistories(included, x, tx, age, spend);
    }
}
