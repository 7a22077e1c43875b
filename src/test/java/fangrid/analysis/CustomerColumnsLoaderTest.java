package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.GridCell;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-customer definitions of DOMAIN.md on small, hand-checked data. */
class CustomerColumnsLoaderTest {
    @TempDir
    Path dir;

    private Analysis analyze(String orders, String survey, String catalog) throws Exception {
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportService imports = new ImportService();
            if (catalog != null) {
                imports.importFile(p, write("catalog.csv", catalog), DataKind.CATALOG);
            }
            imports.importFile(p, write("orders.csv", orders), DataKind.TRANSACTIONS);
            if (survey != null) {
                imports.importFile(p, write("survey.csv", survey), DataKind.SURVEY);
            }
            return new AnalysisService().analyze(p);
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void countsOccasionsNetsReturnsAndMeasuresRecencyFromTheLastPurchase() throws Exception {
        String orders = """
                order,customer,date,amount,kind
                o1,A,2024-01-01,1000,
                o2,A,2024-02-01,2000,
                o2,A,2024-02-10,-2000,返品
                o3,A,2024-03-01,0,
                C9,A,2024-03-05,-100,
                o4,B,2024-01-10,500,
                o5,B,2024-04-01,700,
                o6,B,2024-06-01,800,
                o7,C,2024-06-29,300,
                """;
        Analysis a = analyze(orders, null, null);
        assertEquals(LocalDate.of(2024, 6, 30), a.asOf(), "default analysis date: the day after the latest line");
        CustomerColumns c = a.aggregates().columns();
        // A: o1 counts, o2 is cancelled by its own return, the free o3 counts, C9 is a return with its own id.
        assertEquals(2, c.frequency[0]);
        assertEquals(1000 + 2000 - 2000 + 0 - 100, c.monetary[0], 1e-9);
        assertEquals(121, c.recencyDays[0], "2024-03-01 → 2024-06-30");
        assertEquals(3, c.frequency[1]);
        assertEquals(29, c.recencyDays[1]);
        assertEquals(1, c.recencyDays[2]);
        GridSummary g = a.grid();
        assertEquals(1, g.customers(new GridCell(2, 2)), "A: 121 days, 2 occasions");
        assertEquals(1, g.customers(new GridCell(1, 3)), "B: 29 days, 3 occasions");
        assertEquals(1, g.customers(new GridCell(1, 1)), "C: 1 day, 1 occasion");
        assertEquals(3, g.buyers());
    }

    @Test
    void anOrdersLinesCountAsOneOrderWhereverTheyAreInTheFile() throws Exception {
        String orders = """
                order,customer,date,amount,kind
                o1,A,2024-01-01,1000,
                o2,B,2024-01-01,500,
                ,C,2024-01-05,10,
                o1,A,2024-01-02,-1000,返品
                ,D,2024-01-05,20,
                o3,A,2024-02-01,300,
                o2,B,2024-01-03,200,
                ,C,2024-01-05,30,
                """;
        CustomerColumns c = analyze(orders, null, null).aggregates().columns();
        assertEquals(1, c.frequency[0], "A: o1 is cancelled by its own return, lines apart");
        assertEquals(300, c.monetary[0], 1e-9);
        assertEquals(1, c.returnOrders[0]);
        assertEquals(1, c.frequency[1], "B: o2's two lines are one order");
        assertEquals(700, c.monetary[1], 1e-9);
        assertEquals(30, c.recencyDays[1], "o2's last line, 2024-01-03 → 2024-02-02");
        assertEquals(1, c.frequency[2], "C: without order ids, one order per day");
        assertEquals(40, c.monetary[2], 1e-9);
        assertEquals(2, c.lineCount[2]);
    }

    /**
     * At 2024-04-01 X's latest answer is the second of 02-01 (favorability 6, no expectation), not the earlier ones,
     * the undated one or the one of 05-01; Y has undated answers only, and the later one counts; Z answered after.
     */
    @Test
    void theLatestAnswerBeforeTheDateCountsTheLaterOfOneDayAndUndatedOnesLast() throws Exception {
        String orders = "order,customer,date,amount\no1,X,2024-01-05,100\n";
        String survey = """
                会員番号,回答日,好感度,ご利用頻度,事前期待,事後評価
                X,2024-01-10,3,,2,4
                X,2024-02-01,5,,3,3
                X,2024-02-01,6,,,
                X,,7,,1,5
                X,2024-05-01,1,,5,1
                Y,,4,1,,
                Y,,2,0,4,4
                Z,2024-04-01,7,1,,
                """;
        try (Project p = Project.create(dir.resolve("answers"))) {
            ImportService imports = new ImportService();
            imports.importFile(p, write("orders.csv", orders), DataKind.TRANSACTIONS);
            imports.importFile(p, write("survey.csv", survey), DataKind.SURVEY);
            Analysis a = new AnalysisService().analyze(p, AnalysisSettings.DEFAULT.withAsOf(LocalDate.of(2024, 4, 1)));
            CustomerColumns c = a.aggregates().columns();
            int x = SegmentFixture.index(a, "X");
            int y = SegmentFixture.index(a, "Y");
            assertEquals(6, c.favorability[x]);
            assertEquals(CustomerColumns.NONE, c.expectationClass[x], "the chosen answer has no expectation");
            assertEquals(2, c.favorability[y]);
            assertEquals(0, c.usage[y]);
            assertEquals(CustomerColumns.SATISFIED, c.expectationClass[y]);
            assertFalse(c.inBase(SegmentFixture.index(a, "Z")), "answered on the analysis date itself");
            assertEquals(2, a.firstCategory().respondents());
        }
    }

    @Test
    void usageIsObservedFromMainProductOccasionsAndTheSurveyFillsInNonBuyers() throws Exception {
        String catalog = "商品コード,役割\nMAIN,本製品\nTRIAL,モニター\nGIFT,その他\n";
        String orders = """
                受注番号,会員番号,受注日,小計,商品コード
                1,A,2024-01-01,100,MAIN
                2,A,2024-02-01,100,MAIN
                3,A,2024-03-01,100,MAIN
                3,A,2024-03-01,50,GIFT
                4,B,2024-01-01,30,TRIAL
                5,C,2024-01-01,30,GIFT
                6,D,2024-01-01,100,MAIN
                7,D,2024-02-01,100,MAIN
                """;
        String survey = """
                会員番号,好感度,ご利用頻度
                A,人に紹介するほど大好き,本製品を3回以上購入したことがある
                B,好き,本製品を1回購入したことがある
                D,大好き,4
                P,大好き,相談したことがある
                Q,７,利用したことがない
                """;
        Analysis a = analyze(orders, survey, catalog);
        CustomerColumns c = a.aggregates().columns();
        int idxA = 0;
        int idxB = 1;
        int idxC = 2;
        int idxP = 4;
        assertEquals(5, c.usage[idxA]);
        assertEquals(2, c.usage[idxB], "trial only: level 2, though the survey said 3");
        assertEquals(-1, c.usage[idxC], "only other products: no usage level");
        assertEquals(1, c.usage[idxP], "a prospect's answer fills in levels 0–2");
        assertEquals(1, c.usageDisagreements());
        assertTrue(c.isFirstCategory(idxA));
        assertFalse(c.isFirstCategory(idxB));
        FirstCategorySummary f = a.firstCategory();
        assertEquals(1, f.firstCategory());
        assertEquals(6, f.base(), "everyone known: A, B, C, D and the prospects P, Q");
        assertEquals(5, f.respondents());
        assertEquals(1, f.oneStepUsage(), "D: usage 4 × favorability 6");
        MatrixSummary m = a.matrix();
        assertEquals(1, m.count(7, 5));
        assertEquals(1, m.count(7, 0), "Q answered ７ in full width");
        assertEquals(1, m.count(5, 2));
    }
}
