package fangrid.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models' summary of a project's transactions equals lifetimes' summary_data_from_transaction_data (daily). */
class CustomerHistoriesTest {
    @TempDir
    Path dir;

    private PurchaseHistories histories(Path file, LocalDate asOf, Map<String, Integer> index) throws Exception {
        try (Project p = Project.create(dir.resolve("p"))) {
            new ImportService().importFile(p, file, DataKind.TRANSACTIONS);
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(asOf));
            for (int i = 0; i < a.customers().size(); i++) {
                if (a.customerId(i) != null) {
                    index.put(a.customerId(i), i);
                }
            }
            return CustomerHistories.of(a);
        }
    }

    private static String summary(PurchaseHistories h, int i) {
        return (int) h.x(i) + "/" + (int) h.tx(i) + "/" + (int) h.age(i);
    }

    @Test
    void theNotesInlineTransactionsGiveLifetimesFrequencyRecencyAndT() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), """
                customer_id,date,amount
                1,2015-02-01,10
                1,2015-02-06,20
                2,2015-01-01,5
                3,2015-01-01,10
                3,2015-01-02,20
                3,2015-01-02,1
                3,2015-01-05,25
                3,2015-02-09,99
                """);
        Map<String, Integer> index = new HashMap<>();
        // observation_period_end 2015-02-07: FanGrid's analysis date is the day after (only days before it count)
        PurchaseHistories h = histories(file, LocalDate.of(2015, 2, 8), index);
        assertEquals("1/5/6", summary(h, index.get("1")));
        assertEquals("0/0/37", summary(h, index.get("2")));
        assertEquals("2/4/37", summary(h, index.get("3")), "two lines on 2015-01-02 are one day");
        // lifetimes issue #85: 10, 20, 25 on three days → 22.5; here the second day holds 20 + 1
        assertEquals(23.0, h.repeatSpend(index.get("3")), 1e-9);
        assertEquals(0.0, h.repeatSpend(index.get("2")));
    }

    @Test
    void cdnowSampleBeforeOctoberGivesLifetimesDailySummary() throws Exception {
        Path sample = TestProjects.sharedData("cdnow/CDNOW_sample.txt");
        List<String> lines = new ArrayList<>();
        lines.add("master customer_id date number_of_cds dollar_value");
        lines.addAll(Files.readAllLines(sample));
        Path file = Files.write(dir.resolve("cdnow_sample.txt"), lines);
        Map<String, Integer> index = new HashMap<>();
        PurchaseHistories h = histories(file, LocalDate.of(1997, 10, 1), index);
        List<String> reference = Files.readAllLines(TestProjects.sharedData(
                "cdnow/reference/summary_data_from_transaction_data__CDNOW_sample_cal_to_1997-09-30_daily.csv"));
        assertEquals(2_357, reference.size() - 1);
        Map<Integer, Integer> byNumber = new HashMap<>();
        index.forEach((id, i) -> byNumber.put(Integer.parseInt(id), i));
        for (String row : reference.subList(1, reference.size())) {
            String[] f = row.split(",");
            int i = byNumber.get(Integer.parseInt(f[0]));
            String expected = (int) Double.parseDouble(f[1]) + "/" + (int) Double.parseDouble(f[2]) + "/"
                    + (int) Double.parseDouble(f[3]);
            assertEquals(expected, summary(h, i), "customer " + f[0]);
            assertEquals(Double.parseDouble(f[4]), h.repeatSpend(i), 1e-6, "monetary_value of customer " + f[0]);
        }
    }
}
