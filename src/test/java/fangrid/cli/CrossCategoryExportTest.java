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

/** {@code export --group cross:…} writes the hand-counted people of {@link CrossCategoryShop}. */
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

    private List<String> exported(Path project, String group) throws Exception {
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("export", "--project", project.toString(), "--as-of", "2024-07-01", "--group", group,
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).sorted().toList();
    }
}
