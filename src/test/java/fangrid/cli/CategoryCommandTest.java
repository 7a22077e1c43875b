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
    void exportAndReportSayWhichCategoryTheyShowAndExportOnlyItsFigures() throws Exception {
        Path csv = dir.resolve("tea.csv");
        CliRun export = CliRun.of("export", "--project", project.toString(), "--as-of", "2024-07-01", "--category",
                "Tea", "--group", "R1F2", "--out", csv.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("category: Tea (its order lines only)"), export.out());
        assertTrue(export.out().contains("customers: 1 written"), "A alone is R1F2 in Tea: " + export.out());
        CliRun report = CliRun.of("report", "--project", project.toString(), "--category", "Coffee", "--out",
                dir.resolve("coffee.pdf").toString());
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("category: Coffee (its order lines only)"), report.out());
        CliRun all = CliRun.of("report", "--project", project.toString(), "--out", dir.resolve("all.pdf").toString());
        assertTrue(!all.out().contains("category:"), all.out());
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

    /**
     * A shop of 300 customers over 18 months buying tea and coffee at their own paces for a while each, written in
     * a fixed order from a seeded generator; some orders hold both.
     */
    private static String twoLineShop(boolean teaOnly) {
        java.util.Random random = new java.util.Random(18);
        StringBuilder csv = new StringBuilder("order,customer,date,product_code,amount,category\n");
        java.time.LocalDate first = java.time.LocalDate.of(2023, 1, 1);
        int order = 0;
        for (int c = 1; c <= 300; c++) {
            int teaOrders = random.nextInt(7);
            int coffeeOrders = random.nextInt(4);
            // each customer buys for a while, then leaves: the models see dropout
            int start = random.nextInt(300);
            int span = Math.min(20 + random.nextInt(400), 546 - start);
            for (int k = 0; k < Math.max(teaOrders, coffeeOrders); k++) {
                order++;
                String day = first.plusDays(start + random.nextInt(span)).toString();
                if (k < teaOrders) {
                    csv.append("o").append(order).append(",C").append(c).append(',').append(day).append(",T1,")
                            .append(500 + random.nextInt(40) * 50).append(",Tea\n");
                }
                if (k < coffeeOrders && !teaOnly) {
                    csv.append("o").append(order).append(",C").append(c).append(',').append(day).append(",K1,")
                            .append(2000 + random.nextInt(40) * 100).append(",Coffee\n");
                } else if (k < coffeeOrders) {
                    random.nextInt(40);
                }
            }
        }
        return csv.toString();
    }

    private Map<String, CSVRecord> analyzeProject(Path projectFile, String... extra) throws Exception {
        Path out = dir.resolve("customers-" + projectFile.getFileName() + extra.length + ".csv");
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--project", projectFile.toString(),
                "--as-of", "2024-07-01", "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        said = r.out();
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(out))) {
            for (CSVRecord rec : p) {
                rows.put(rec.get("customer_id"), rec);
            }
        }
        return rows;
    }

    private String said = "";

    @Test
    void planTiersAndModelColumnsOfACategoryAreThoseOfAShopSellingOnlyIt() throws Exception {
        Path both = dir.resolve("both.mv.db");
        Path teaOnly = dir.resolve("tea.mv.db");
        for (Path p : List.of(both, teaOnly)) {
            Path csv = Files.writeString(dir.resolve(p.getFileName() + ".csv"), twoLineShop(p == teaOnly),
                    StandardCharsets.UTF_8);
            CliRun r = CliRun.of("import", "--project", p.toString(), "--kind", "transactions", csv.toString());
            assertEquals(0, r.exit(), r.err());
        }
        Map<String, CSVRecord> all = analyzeProject(both);
        Map<String, CSVRecord> tea = analyzeProject(both, "--category", "Tea");
        Map<String, CSVRecord> alone = analyzeProject(teaOnly);
        List<String> columns = List.of("frequency", "monetary", "plan_tier", "p_alive", "expected_purchases_90d",
                "clv");
        int differFromAll = 0;
        int withPAlive = 0;
        int withTier = 0;
        for (Map.Entry<String, CSVRecord> e : alone.entrySet()) {
            for (String column : columns) {
                assertEquals(e.getValue().get(column), tea.get(e.getKey()).get(column), e.getKey() + " " + column);
            }
            differFromAll += all.get(e.getKey()).get("p_alive").equals(e.getValue().get("p_alive")) ? 0 : 1;
            withPAlive += e.getValue().get("p_alive").isEmpty() ? 0 : 1;
            withTier += e.getValue().get("plan_tier").isEmpty() ? 0 : 1;
        }
        assertTrue(withPAlive > 100 && withTier > 100, "the models fit: of " + alone.size() + " tea buyers, "
                + withPAlive + " have a p_alive, " + withTier + " a tier; " + said);
        assertTrue(differFromAll > 100, "coffee changes the shop's figures: " + differFromAll);
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
