package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fangrid.analysis.MigrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code migration} contract on {@link MigrationTest}'s hand-checked shop: {@code --json} and {@code --out}
 * with counts and net sales, {@code --by activity}, exit 2 on bad input.
 */
class MigrationCommandTest {
    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void importTheShop() throws Exception {
        project = dir.resolve("shop.mv.db");
        Path orders = Files.writeString(dir.resolve("orders.csv"), MigrationTest.ORDERS, StandardCharsets.UTF_8);
        Path survey = Files.writeString(dir.resolve("survey.csv"), MigrationTest.SURVEY, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--project", project.toString(), "--kind", "transactions", orders.toString()).exit());
        assertEquals(0, CliRun.of("import", "--project", project.toString(), "--kind", "survey", survey.toString()).exit());
    }

    @Test
    void jsonHasEveryMovedCellWithCountsAndNetSales() throws Exception {
        CliRun r = CliRun.of("migration", "--project", project.toString(), "--from", "2024-05-01", "--to", "2024-06-01",
                "--json");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> objects = objects(r.out());
        Map<String, String> top = objects.get(objects.size() - 1);
        assertEquals("grid", top.get("by"));
        assertEquals("9", top.get("base"));
        List<Map<String, String>> cells = objects.subList(0, objects.size() - 1);
        assertEquals(9, cells.size(), r.out());
        Map<String, String> a = cell(cells, "R1F2", "R1F3");
        assertEquals("1", a.get("customers"));
        assertEquals(1.0, Double.parseDouble(a.get("share_of_from")));
        assertEquals(700, Double.parseDouble(a.get("net_sales")));
        assertEquals("R1F2>R1F3@2024-05-01..2024-06-01", a.get("group"));
        assertEquals(-500, Double.parseDouble(cell(cells, "R1F1", "none").get("net_sales")), "E's order returned whole");
    }

    @Test
    void csvByActivityListsEveryCell() throws Exception {
        Path out = dir.resolve("moves.csv");
        CliRun r = CliRun.of("migration", "--project", project.toString(), "--from", "2024-05-01", "--to", "2024-06-01",
                "--by", "activity", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("from_date,to_date,by,from,to,customers,share_of_from,net_sales", lines.get(0));
        assertEquals(1 + 6 * 6, lines.size(), "new, none, A1–A4 both ways");
        assertTrue(lines.contains("2024-05-01,2024-06-01,activity,A2,A4,1,0.25,700"), String.join("\n", lines));
        assertTrue(lines.contains("2024-05-01,2024-06-01,activity,new,A2,1,0.5,300"), "D of D and Q");
        assertTrue(lines.contains("2024-05-01,2024-06-01,activity,A1,A1,0,,0"), "an empty row has no share");
    }

    /** Without a stored plan, each date's tiers are those a plan starting then would get; the buyers hold one. */
    @Test
    void byPlanEveryBuyerAtTheLaterDateHoldsATier() throws Exception {
        CliRun r = CliRun.of("migration", "--project", project.toString(), "--from", "2024-05-01", "--to", "2024-06-01",
                "--by", "plan", "--json");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> objects = objects(r.out());
        assertEquals("plan", objects.get(objects.size() - 1).get("by"));
        int tiered = 0;
        for (Map<String, String> c : objects.subList(0, objects.size() - 1)) {
            tiered += c.get("to").startsWith("T") ? Integer.parseInt(c.get("customers")) : 0;
        }
        assertEquals(6, tiered, "A, B, C, D, F and H bought before 06-01 and kept an order");
    }

    @Test
    void badInputExitsTwoAndWritesNothing() {
        Path out = dir.resolve("never.csv");
        String p = project.toString();
        for (String[] args : List.of(
                new String[] {"migration", "--project", p, "--from", "2024-06-01", "--to", "2024-05-01", "--json"},
                new String[] {"migration", "--project", p, "--from", "2024-5-1", "--to", "2024-06-01", "--json"},
                new String[] {"migration", "--project", p, "--from", "2024-05-01", "--to", "2024-06-01", "--by", "rfm", "--json"},
                new String[] {"migration", "--project", p, "--from", "2024-05-01", "--to", "2024-06-01"},
                new String[] {"migration", "--project", p, "--from", "2024-05-01", "--to", "2024-06-01", "--json", "--out",
                        out.toString()},
                new String[] {"migration", "--project", dir.resolve("missing.mv.db").toString(), "--from", "2024-05-01",
                        "--to", "2024-06-01", "--json"})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertFalse(r.err().isBlank());
        }
        assertFalse(Files.exists(out));
    }

    private static Map<String, String> cell(List<Map<String, String>> cells, String from, String to) {
        for (Map<String, String> c : cells) {
            if (c.get("from").equals(from) && c.get("to").equals(to)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + from + ">" + to);
    }

    /** Every JSON object's scalar fields as text, innermost objects first (an object ends before its parent). */
    private static List<Map<String, String>> objects(String json) throws Exception {
        List<Map<String, String>> done = new ArrayList<>();
        List<Map<String, String>> open = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    open.add(new HashMap<>());
                } else if (t == JsonToken.END_OBJECT) {
                    done.add(open.remove(open.size() - 1));
                } else if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (t.isScalarValue() && field != null && !open.isEmpty()) {
                    open.get(open.size() - 1).put(field, p.getText());
                }
            }
        }
        return done;
    }
}
