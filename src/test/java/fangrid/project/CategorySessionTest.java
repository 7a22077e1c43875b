package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.analysis.Analysis;
import fangrid.domain.Activity;
import fangrid.domain.DataKind;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/**
 * A group saved while one category is shown keeps its members when another is shown: saved segments hold people, not
 * a definition to apply again. On the tea-and-coffee shop at 2024-07-01 (R1 ≤ 90 days): in Tea, A is R1F3 (three tea
 * orders, the last 11 days before); in Coffee, A is R1F1 (one coffee line) and nobody is R1F3.
 */
class CategorySessionTest {
    private static final String ORDERS = """
            order,customer,date,product_code,amount,category
            a1,A,2024-06-20,T1,100,Tea
            a1,A,2024-06-20,C1,30,Coffee
            a2,A,2024-05-01,T1,200,Tea
            a3,A,2024-03-01,T1,50,Tea
            b1,B,2024-06-01,C2,40,Coffee
            b2,B,2024-06-10,C2,40,Coffee
            b3,B,2024-06-15,C2,40,Coffee
            """;

    @TempDir
    Path dir;

    @Test
    void aGroupSavedInOneCategoryKeepsItsMembersInAnother() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8),
                    DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            var settings = s.settings().withAsOf(LocalDate.of(2024, 7, 1))
                    .withThresholds(new GridThresholds(90, 180), GridMode.FIXED);
            Analysis tea = s.analyzeWith(settings.withCategory("Tea"));
            Selection teaRegulars = s.selectGroup(tea, "R1F3");
            assertEquals(1, teaRegulars.size(), "A alone is R1F3 in Tea");
            s.saveSegment("Tea regulars", "", Activity.values()[0], "R1F3", tea, teaRegulars, false);

            Analysis coffee = s.analyzeWith(settings.withCategory("Coffee"));
            Selection inCoffee = s.selectGroup(coffee, "segment:Tea regulars");
            assertEquals(1, inCoffee.size(), "the saved member, A, whatever category is shown");
            assertEquals("A", coffee.customerId(inCoffee.get(0)));
            assertEquals(1, coffee.summary(inCoffee).grid().customers(new fangrid.domain.GridCell(1, 1)),
                    "A is R1F1 in Coffee");
            assertEquals("B", coffee.customerId(s.selectGroup(coffee, "R1F3").get(0)),
                    "Coffee's R1F3 is B, not the group saved from Tea's R1F3");

            Analysis all = s.analyzeWith(settings);
            assertEquals(1, s.selectGroup(all, "segment:Tea regulars").size(), "and for all products");
        }
    }
}
