package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.AnalysisSettings;
import fangrid.importer.ImportService;
import fangrid.importer.SampleData;
import fangrid.store.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-category trend over monthly analysis dates, by hand and against full rebuilds of the sample shop. */
class FirstCategoryTrendTest {
    @TempDir
    Path dir;

    @Test
    void monthlyDatesEndAtTheAnalysisDate() {
        assertEquals(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)),
                FirstCategoryTrend.dates(LocalDate.of(2024, 6, 30), 3));
        assertEquals(List.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1)), FirstCategoryTrend.dates(LocalDate.of(2024, 1, 1), 2));
        assertEquals(List.of(LocalDate.of(2024, 1, 1)), FirstCategoryTrend.dates(LocalDate.of(2024, 1, 1), 1));
    }

    /**
     * A reaches three occasions on 05-20 and loves the product until 06-10; B reaches three on 03-01 and says so on
     * 04-15; C first buys on 05-10 (an undated answer); P is a prospect who answered on 03-10.
     */
    @Test
    void usageFromTheThirdOccasionAndTheLatestAnswerBeforeEachDate() throws Exception {
        String orders = """
                order,customer,date,amount
                a1,A,2024-01-10,100
                a2,A,2024-03-05,100
                a3,A,2024-05-20,100
                b1,B,2024-02-01,100
                b2,B,2024-02-15,100
                b3,B,2024-03-01,100
                c1,C,2024-05-10,100
                z,Z,2024-06-30,100
                """;
        String survey = """
                会員番号,回答日,好感度,ご利用頻度
                A,2024-02-01,7,
                A,2024-06-10,4,
                B,2024-04-15,6,
                C,,7,
                P,2024-03-10,7,1
                """;
        try (Project p = SegmentFixture.project(dir, "trend", orders, survey)) {
            AnalysisService service = new AnalysisService();
            Analysis a = service.analyze(p);
            assertEquals(LocalDate.of(2024, 7, 1), a.asOf());
            List<TrendPoint> trend = service.firstCategoryTrend(p, a, 4);
            // base: A, B, P and Z (who first buys on 06-30) from 07-01, C from 06-01; respondents are people of the base
            assertEquals(List.of(
                    new TrendPoint(LocalDate.of(2024, 4, 1), 0, 3, 2),
                    new TrendPoint(LocalDate.of(2024, 5, 1), 1, 3, 3),
                    new TrendPoint(LocalDate.of(2024, 6, 1), 2, 4, 4),
                    new TrendPoint(LocalDate.of(2024, 7, 1), 1, 5, 4)), trend);
            assertEquals(0.2, trend.get(3).shareOfBase(), 1e-12);
            assertEquals(0.25, trend.get(3).shareOfRespondents(), 1e-12);
            assertEquals(LocalDate.of(2024, 5, 31), trend.get(2).lastDay());
            FirstCategorySummary now = a.firstCategory();
            assertEquals(new TrendPoint(a.asOf(), now.firstCategory(), now.base(), now.respondents()), trend.get(3));
        }
    }

    @Test
    void theSampleShopsTrendMatchesFullRebuildsAtEachDate() throws Exception {
        try (Project p = Project.create(dir.resolve("sample"))) {
            new SampleData(new ImportService()).loadInto(p);
            AnalysisService service = new AnalysisService();
            Analysis a = service.analyze(p);
            List<TrendPoint> trend = service.firstCategoryTrend(p, a, 12);
            assertEquals(12, trend.size());
            for (TrendPoint t : trend) {
                FirstCategorySummary rebuilt = service.analyze(p, AnalysisSettings.DEFAULT.withAsOf(t.asOf())).firstCategory();
                assertEquals(List.of(rebuilt.firstCategory(), rebuilt.base(), rebuilt.respondents()),
                        List.of(t.firstCategory(), t.base(), t.respondents()), "first category, base, respondents at " + t.asOf());
            }
            FirstCategorySummary now = a.firstCategory();
            TrendPoint last = trend.get(11);
            assertTrue(last.firstCategory() > 0);
            assertEquals(List.of(now.firstCategory(), now.base(), now.respondents()),
                    List.of(last.firstCategory(), last.base(), last.respondents()));
        }
    }
}
