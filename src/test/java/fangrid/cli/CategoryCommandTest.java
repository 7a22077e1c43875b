package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --category}/{@code --brand} and {@code summary --by-category --json} on a hand-built tea-and-coffee
 * shop (analysis date 2024-07-01, R1 ≤ 90 days). A line's category is its own column, else the catalog's (D's T2 is
 * Tea there), else Uncategorised (C's X9). Worked by hand:
 * Tea: A (a1 06-20, a2 05-01: F 2, 11 days, 300) and D (12-01: F 1, 213 days, 80);
 * Coffee: A (a1's coffee line: F 1, 11 days, 50) and B (F 2, 30 days, 340); Uncategorised: C (F 1, 6 days, 70).
 */
class CategoryCommandTest {
    static final String ORDERS = """
            order,customer,date,product_code,amount,category
            a1,A,2024-06-20,T1,100,Tea
            a1,A,2024-06-20,C1,50,Coffee
            a2,A,2024-05-01,T1,200,Tea
            b1,B,2024-01-10,C1,300,Coffee
            b2,B,2024-06-01,C2,40,Coffee
            c1,C,2024-06-25,X9,70,
            d1,D,2023-12-01,T2,80,
            """;
    static final String CATALOG = """
            product_code,role,category
            T2,main,Tea
            """;

    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void importTheShop() throws Exception {
        project = dir.resolve("shop.mv.db");
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        Path catalog = Files.writeString(dir.resolve("catalog.csv"), CATALOG, StandardCharsets.UTF_8);
        CliRun c = CliRun.of("import", "--project", project.toString(), "--kind", "catalog", catalog.toString());
        assertEquals(0, c.exit(), c.err());
        CliRun t = CliRun.of("import", "--project", project.toString(), "--kind", "transactions", orders.toString());
        assertEquals(0, t.exit(), t.err());
    }

    private Map<String, CSVRecord> analyze(String... extra) throws Exception {
        Path out = dir.resolve("customers.csv");
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--project", project.toString(), "--as-of",
                "2024-07-01", "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(out))) {
            for (CSVRecord rec : p) {
                rows.put(rec.get("customer_id"), rec);
            }
        }
        return rows;
    }

    @Test
    void analyzeCategoryCountsOnlyThatCategorysLinesWithTheCatalogFillingLinesWithoutOne() throws Exception {
        Map<String, CSVRecord> tea = analyze("--category", "Tea");
        assertEquals("2", tea.get("A").get("frequency"));
        assertEquals(300, Double.parseDouble(tea.get("A").get("monetary")));
        assertEquals("11", tea.get("A").get("recency_days"));
        assertEquals("1", tea.get("D").get("frequency"), "T2 is Tea in the catalog");
        assertEquals(80, Double.parseDouble(tea.get("D").get("monetary")));
        assertEquals("0", tea.get("B").get("frequency"), "B bought coffee only");

        Map<String, CSVRecord> coffee = analyze("--brand", "Coffee");
        assertEquals("1", coffee.get("A").get("frequency"));
        assertEquals(50, Double.parseDouble(coffee.get("A").get("monetary")));
        assertEquals("2", coffee.get("B").get("frequency"));
        assertEquals("30", coffee.get("B").get("recency_days"));

        Map<String, CSVRecord> none = analyze("--category", "Uncategorised");
        assertEquals("1", none.get("C").get("frequency"));
        assertEquals("0", none.get("D").get("frequency"), "the catalog categorises D's line");

        Map<String, CSVRecord> all = analyze();
        assertEquals(350, Double.parseDouble(all.get("A").get("monetary")));
    }

    @Test
    void unknownCategoryExitsTwoNamingTheKnownOnes() {
        CliRun r = CliRun.of("analyze", "--project", project.toString(), "--category", "Juice", "--out",
                dir.resolve("none.csv").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("'Juice'"), r.err());
        assertTrue(r.err().contains("Coffee, Tea, Uncategorised"), r.err());
    }

    @Test
    void summaryByCategoryGivesEachCategorysRowWorkedByHand() throws Exception {
        CliRun r = CliRun.of("summary", "--project", project.toString(), "--as-of", "2024-07-01", "--by-category",
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out()).get("categories");
        assertEquals(3, rows.size(), r.out());
        assertRow(rows.get(0), "Coffee", 2, 0.5, 390, 0.5, 1.0, 0.5);
        assertRow(rows.get(1), "Tea", 2, 0.5, 380, 0.5, 0.5, 0.5);
        assertRow(rows.get(2), "Uncategorised", 1, 0.25, 70, 0, 1.0, 1.0);
        assertTrue(rows.get(2).get("uncategorised").asBoolean());
    }

    private static void assertRow(JsonNode row, String name, int customers, double shareOfBase, double net,
                                  double repeat, double r1, double oneTime) {
        assertEquals(name, row.get("category").asText());
        assertEquals(customers, row.get("customers").asInt(), name);
        assertEquals(shareOfBase, row.get("share_of_base").asDouble(), 1e-9, name);
        assertEquals(net, row.get("net_sales").asDouble(), 1e-9, name);
        assertEquals(repeat, row.get("repeat_rate").asDouble(), 1e-9, name);
        assertEquals(r1, row.get("share_in_r1").asDouble(), 1e-9, name);
        assertEquals(oneTime, row.get("one_time_share").asDouble(), 1e-9, name);
    }
}
