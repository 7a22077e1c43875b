package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.CustomerGroup;
import fangrid.project.CrossCategoryShop;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --group cross:…} writes the hand-counted people of {@link CrossCategoryShop}; its hostile category
 * names (comma, quotes, colon, plus, ampersand, percent; 190 characters; Japanese) and its category without customers
 * go through {@code analyze --category} and {@code summary --by-category --json} whole.
 */
class CrossCategoryExportTest {
    @TempDir
    Path dir;

    @Test
    void exportsTheActiveInOneLapsedInAnotherAndTheCoPurchasers() throws Exception {
        Path project = dir.resolve("shop.mv.db");
        Path orders = Files.writeString(dir.resolve("orders.csv"), CrossCategoryShop.ORDERS, StandardCharsets.UTF_8);
        CliRun i = CliRun.of("import", "--project", project.toString(), "--kind", "transactions", orders.toString());
        assertEquals(0, i.exit(), i.err());
        assertEquals(List.of("A"), exported(project, "cross:Tea:Coffee:lapsed"));
        assertEquals(List.of("A", "B", "C"), exported(project, "cross:Coffee:Tea"));
        assertEquals(List.of("C"), exported(project,
                new CustomerGroup.Cross(CrossCategoryShop.CAKE, "Coffee", false).id()));
        CliRun bad = CliRun.of("export", "--project", project.toString(), "--as-of", "2024-07-01", "--group",
                "cross:Tea:Juice", "--out", dir.resolve("bad.csv").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'' (uncategorised)"), bad.err());
        assertTrue(bad.err().contains("'Juice' is not a product category of this project: it has 'Coffee', 'Tea', 'Cake, \"special\": A+B & 100%',"),
                bad.err());
    }

    @Test
    void hostileAndEmptyCategoriesGoThroughTheCommandsWhole() throws Exception {
        Path project = dir.resolve("shop.mv.db");
        Path orders = Files.writeString(dir.resolve("orders.csv"), CrossCategoryShop.ORDERS, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--project", project.toString(), "--kind", "transactions",
                orders.toString()).exit());
        CliRun summary = CliRun.of("summary", "--project", project.toString(), "--as-of", "2024-07-01",
                "--by-category", "--json");
        assertEquals(0, summary.exit(), summary.err());
        java.util.Map<String, Integer> customers = new java.util.HashMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.out()).get("categories")
                .forEach(row -> customers.put(row.get("category").asText(), row.get("customers").asInt()));
        assertEquals(java.util.Map.of("Coffee", 5, "Tea", 5, CrossCategoryShop.CAKE, 1, "Gifts", 0,
                CrossCategoryShop.LONG, 1, "和菓子", 1, "Uncategorised", 1), customers);
        java.util.Map<String, String> buyerOf = java.util.Map.of(CrossCategoryShop.CAKE, "C",
                CrossCategoryShop.LONG, "I", "和菓子", "E", "Gifts", "");
        for (var e : buyerOf.entrySet()) {
            Path out = dir.resolve("analyze.csv");
            CliRun r = CliRun.of("analyze", "--project", project.toString(), "--as-of", "2024-07-01", "--category",
                    e.getKey(), "--out", out.toString());
            assertEquals(0, r.exit(), e.getKey() + ": " + r.err());
            StringBuilder buyers = new StringBuilder();
            try (var p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().build()
                    .parse(Files.newBufferedReader(out, StandardCharsets.UTF_8))) {
                p.forEach(rec -> buyers.append(Integer.parseInt(rec.get("frequency")) > 0 ? rec.get("customer_id")
                        : ""));
            }
            assertEquals(e.getValue(), buyers.toString(), e.getKey());
        }
    }

    private List<String> exported(Path project, String group) throws Exception {
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("export", "--project", project.toString(), "--as-of", "2024-07-01", "--group", group,
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).sorted().toList();
    }
}
