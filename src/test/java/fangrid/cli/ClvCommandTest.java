package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fangrid.TestProjects;
import fangrid.export.CustomerCsvWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code clv} command and the model columns of {@code analyze}: contracts, CDNOW, degenerate fits in words. */
class ClvCommandTest {
    @TempDir
    Path dir;

    /** The JSON's scalar fields by dotted path ("parameters.r"). */
    private static Map<String, String> fields(String json) throws Exception {
        Map<String, String> out = new HashMap<>();
        List<String> path = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            String name = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> name = p.currentName();
                    case START_OBJECT -> {
                        if (name != null) {
                            path.add(name);
                        }
                    }
                    case END_OBJECT -> {
                        if (!path.isEmpty()) {
                            path.remove(path.size() - 1);
                        }
                    }
                    case START_ARRAY, END_ARRAY -> name = null;
                    default -> out.put(String.join(".", path) + (path.isEmpty() ? "" : ".") + name, p.getText());
                }
            }
        }
        return out;
    }

    private Path project(String name, Path file) {
        CliRun r = CliRun.of("import", "--project", dir.resolve(name).toString(), "--kind", "transactions",
                file.toString());
        assertEquals(0, r.exit(), r.err());
        return dir.resolve(name + ".mv.db");
    }

    @Test
    void cdnowSampleBeforeOctoberGivesLifetimesBgNbdInDays() throws Exception {
        List<String> lines = new ArrayList<>(List.of("master customer_id date number_of_cds dollar_value"));
        lines.addAll(Files.readAllLines(TestProjects.sharedData("cdnow/CDNOW_sample.txt")));
        Path p = project("cdnow", Files.write(dir.resolve("sample.txt"), lines));
        CliRun r = CliRun.of("clv", "--project", p.toString(), "--as-of", "1997-10-01", "--json");
        assertEquals(0, r.exit(), r.err());
        Map<String, String> f = fields(r.out());
        // REFERENCE_NOTES.md's weekly fit (times in weeks rounded to 2 decimals): r, a, b alike, alpha 7 × 4.413532
        assertEquals(0.242593, Double.parseDouble(f.get("parameters.r")), 1e-3);
        assertEquals(7 * 4.413532, Double.parseDouble(f.get("parameters.alpha")), 0.03);
        assertEquals(0.792886, Double.parseDouble(f.get("parameters.a")), 2e-3);
        assertEquals(2.425752, Double.parseDouble(f.get("parameters.b")), 1e-2);
        assertEquals("2357", f.get("customers"));
        assertEquals("false", f.get("degenerate"), r.out());
        assertTrue(Double.parseDouble(f.get("log_likelihood")) < 0);
        assertEquals("946", f.get("spend_model.customers"), "the notes' 946 customers with frequency > 0");
        assertEquals(6.25, Double.parseDouble(f.get("spend_model.parameters.p")), 0.01);
    }

    @Test
    void aFitOnFewRepeatBuyersIsDegenerateAndSaysWhyInWords() throws Exception {
        Path p = project("tiny", Files.writeString(dir.resolve("t.csv"), """
                customer_id,date,amount
                a,2024-01-05,1000
                a,2024-03-01,2000
                b,2024-02-01,500
                c,2024-02-10,800
                """));
        CliRun clv = CliRun.of("clv", "--project", p.toString(), "--model", "pareto", "--json");
        assertEquals(0, clv.exit(), clv.err());
        Map<String, String> f = fields(clv.out());
        assertEquals("pareto", f.get("model"));
        assertEquals("true", f.get("degenerate"));
        assertTrue(f.get("reason").contains("too few customers bought more than once"), f.get("reason"));
        assertTrue(clv.err().contains("degenerate"), clv.err());

        Path out = dir.resolve("customers.csv");
        CliRun analyze = CliRun.of("analyze", "--project", p.toString(), "--out", out.toString());
        assertEquals(0, analyze.exit(), analyze.err());
        assertTrue(analyze.out().contains("degenerate on this data (too few customers bought more than once"),
                analyze.out());
        List<String> rows = Files.readAllLines(out);
        assertTrue(rows.get(0).endsWith(",plan_tier,p_alive,expected_purchases_90d,expected_order_value,clv,cpm"), rows.get(0));
        assertEquals(String.join(",", CustomerCsvWriter.HEADER), rows.get(0));
        List<String> header = List.of(rows.get(0).split(","));
        String[] first = rows.get(1).split(",", -1);
        for (String model : List.of("p_alive", "expected_purchases_90d", "expected_order_value", "clv")) {
            assertEquals("", first[header.indexOf(model)], "no confident numbers: " + model + " in " + rows.get(1));
        }
    }

    @Test
    void anUnknownModelOrDateIsBadInput() throws Exception {
        Path p = project("x", Files.writeString(dir.resolve("t.csv"), "customer_id,date,amount\na,2024-01-05,1000\n"));
        CliRun model = CliRun.of("clv", "--project", p.toString(), "--model", "weibull", "--json");
        assertEquals(FanGridCli.BAD_INPUT, model.exit());
        assertTrue(model.err().contains("unknown model 'weibull': bgnbd or pareto"), model.err());
        CliRun date = CliRun.of("clv", "--project", p.toString(), "--as-of", "2024-13-01", "--json");
        assertEquals(FanGridCli.BAD_INPUT, date.exit());
        assertTrue(date.err().contains("--as-of must be a date"), date.err());
    }
}
