package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The categories side by side from one pass over the lines equal each category analysed on its own, and a hand-built
 * shop's figures worked by hand.
 */
class CategoryComparisonTest {
    /**
     * Analysis date 2024-07-01, R1 ≤ 90 days, R2 ≤ 180. Tea (4 lines): A (3 orders, last 06-20: 11 days; net
     * 100 + 200 + 50 = 350; usage 5 and favorability 7, so in Tea's first category), D (one order 12-01: 213 days,
     * 80). Coffee (5 lines): A (a1's coffee line: F 1, 11 days, 30), B (b1 bought and wholly returned in its own
     * order, so no occasion; b2 06-01: F 1, 30 days; net 300 − 300 + 40 = 40), E (e1 2023-01-05: 543 days, F 1, 60).
     * Base: A, B, D, E and F (F answered the survey without buying): 5.
     */
    static final String ORDERS = """
            order,customer,date,product_code,amount,category,kind
            a1,A,2024-06-20,T1,100,Tea,
            a1,A,2024-06-20,C1,30,Coffee,
            a2,A,2024-05-01,T1,200,Tea,
            a3,A,2024-03-01,T1,50,Tea,
            b1,B,2024-01-10,C1,300,Coffee,
            b1,B,2024-01-12,C1,-300,Coffee,return
            b2,B,2024-06-01,C2,40,Coffee,
            d1,D,2023-12-01,T1,80,Tea,
            e1,E,2023-01-05,C1,60,Coffee,
            """;
    static final String SURVEY = """
            customer,date,favorability
            A,2024-06-01,7
            F,2024-06-01,4
            """;

    @TempDir
    Path dir;

    @Test
    void eachCategorysFiguresAreTheHandWorkedOnes() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            importInto(s);
            AnalysisSettings settings = s.settings().withAsOf(LocalDate.of(2024, 7, 1))
                    .withThresholds(new GridThresholds(90, 180), GridMode.FIXED);
            List<CategorySummary> rows = s.categorySummaries(settings, StepProgress.NONE);
            assertEquals(List.of("Coffee", "Tea"), rows.stream().map(CategorySummary::name).toList(),
                    "most lines first");
            assertRow(new CategorySummary("Coffee", 3, 3 / 5.0, 130, 0, 2 / 3.0, 1, 0), rows.get(0));
            assertRow(new CategorySummary("Tea", 2, 2 / 5.0, 430, 0.5, 0.5, 0.5, 1 / 5.0), rows.get(1));
        }
    }

    @Test
    void withoutSurveyAnswersTheFirstCategoryShareIsUnknown() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8),
                    DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            List<CategorySummary> rows = s.categorySummaries(s.settings(), StepProgress.NONE);
            assertEquals(2, rows.size());
            assertFalse(rows.get(0).hasFirstCategoryShare());
            assertFalse(rows.get(1).hasFirstCategoryShare());
        }
    }

    @Test
    void eachRowEqualsItsCategoryAnalysedOnItsOwnInTheSampleShop() throws Exception {
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("sample.mv.db"))) {
            List<AnalysisSettings> variants = List.of(s.settings(),
                    s.settings().withThresholds(s.settings().thresholds(), GridMode.TERTILES),
                    s.settings().withWindowMonths(12),
                    s.settings().withAsOf(LocalDate.of(2024, 1, 1)));
            for (AnalysisSettings settings : variants) {
                List<CategorySummary> rows = s.categorySummaries(settings, StepProgress.NONE);
                assertEquals(List.of("スキンケア", "サプリメント", "ヘアケア", "ボディケア", "ギフト"),
                        rows.stream().map(CategorySummary::name).toList(), settings.toString());
                for (CategorySummary row : rows) {
                    Analysis alone = s.analyzeWith(settings.withCategory(row.name()));
                    assertRow(CategorySummary.of(row.name(), alone), row);
                    assertTrue(row.customers() > 0, row.toString());
                }
            }
        }
    }

    @Test
    void aCancelledComparisonStops() throws Exception {
        try (ProjectSession s = ProjectSession.createWithSample(dir.resolve("sample.mv.db"))) {
            List<Integer> steps = new ArrayList<>();
            StepProgress cancelAfterFirst = new StepProgress() {
                @Override
                public void step(int done, int total) {
                    steps.add(done);
                }

                @Override
                public boolean isCancelled() {
                    return !steps.isEmpty();
                }
            };
            assertThrows(CancellationException.class, () -> s.categorySummaries(s.settings(), cancelAfterFirst));
            assertEquals(1, steps.size());
        }
    }

    private static void assertRow(CategorySummary expected, CategorySummary actual) {
        String n = expected.name();
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.customers(), actual.customers(), n);
        assertEquals(expected.shareOfBase(), actual.shareOfBase(), 1e-9, n);
        assertEquals(expected.netSales(), actual.netSales(), 1e-6, n);
        assertEquals(expected.repeatRate(), actual.repeatRate(), 1e-9, n);
        assertEquals(expected.shareInR1(), actual.shareInR1(), 1e-9, n);
        assertEquals(expected.oneTimeShare(), actual.oneTimeShare(), 1e-9, n);
        assertEquals(expected.firstCategoryShare(), actual.firstCategoryShare(), 1e-9, n);
    }

    private void importInto(ProjectSession s) throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        Path survey = Files.writeString(dir.resolve("survey.csv"), SURVEY, StandardCharsets.UTF_8);
        s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
        s.importFile(survey, DataKind.SURVEY, ReadOptions.DETECT, null, false, ImportProgress.NONE);
    }
}
