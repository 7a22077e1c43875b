package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fangrid.analysis.target.TargetShop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code target} contract on {@link TargetShop}, whose figures TargetSelectTest works out by hand. */
class TargetCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonGivesEachGroupTheBreakEvenTheRecommendedSetAndTheBacktest() throws Exception {
        Path project = TargetShop.create(dir);
        CliRun run = CliRun.of("target", "--project", project.toString(), "--cost", "250", "--margin", "40", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("2024-07-01", json.get("as_of").asText());
        assertEquals("2024-04-02", json.get("measured_from").asText());
        assertEquals(90, json.get("horizon_days").asInt());
        assertEquals("grid", json.get("by").asText());
        assertTrue(json.get("intervals").get("response_rate").asText().startsWith("Wilson"));
        JsonNode first = json.get("groups").get(0);
        assertEquals("R1F3", first.get("group").asText());
        assertEquals(3750, first.get("expected_profit_per_contact").asDouble(), 1e-6);
        JsonNode r1f1 = json.get("groups").get(1);
        assertEquals(4, r1f1.get("people_then").asInt());
        assertEquals(0.5, r1f1.get("response_rate").asDouble(), 1e-9);
        assertEquals(2000, r1f1.get("sales_per_contact").asDouble(), 1e-6);
        assertEquals(4850, r1f1.get("cumulative_profit").asDouble(), 1e-6);
        assertEquals(625, json.get("break_even").get("sales_per_contact").asDouble(), 1e-9);
        assertEquals(5, json.get("break_even").get("people").asInt());
        JsonNode recommended = json.get("recommended");
        assertEquals("target:grid/250/40/90", recommended.get("group").asText());
        assertEquals(List.of("R1F3", "R1F1", "R2F1"),
                List.of(recommended.get("ids").get(0).asText(), recommended.get("ids").get(1).asText(),
                        recommended.get("ids").get(2).asText()));
        assertEquals(3, recommended.get("ids").size());
        assertEquals(4950, recommended.get("expected_profit").asDouble(), 1e-6);
        assertEquals(2200, json.get("backtest").get("actual_profit").asDouble(), 1e-6);
        assertTrue(json.get("groups").get(8).get("expected_profit_per_contact").isNull(),
                "a cell no one was in at the earlier date has no expectation");
    }

    @Test
    void outWritesOneRowPerGroupFromBestAndSaysTheRecommendation() throws Exception {
        Path project = TargetShop.create(dir);
        Path csv = dir.resolve("target.csv");
        CliRun run = CliRun.of("target", "--project", project.toString(), "--cost", "¥250", "--margin", "40%",
                "--horizon-days", "90", "--by", "grid", "--out", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Break-even: 625 yen"), run.out());
        assertTrue(run.out().contains("Recommended: R1F3, R1F1, R2F1 - 5 people, expected profit 4950 yen"), run.out());
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(csv))) {
            assertEquals(List.of("rank", "group", "people_then", "buyers_then", "response_rate", "response_rate_low",
                    "response_rate_high", "sales_per_contact", "sales_per_contact_low", "sales_per_contact_high",
                    "people", "expected_sales_per_contact", "expected_profit_per_contact", "expected_profit_low",
                    "expected_profit_high", "cumulative_people", "cumulative_profit", "recommended"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(9, rows.size());
            assertEquals("R2F1", rows.get(2).get("group"));
            assertEquals("50", rows.get(2).get("expected_profit_per_contact"));
            assertEquals("5", rows.get(2).get("cumulative_people"));
            assertEquals("true", rows.get(2).get("recommended"));
            assertEquals("false", rows.get(3).get("recommended"));
            assertEquals("", rows.get(8).get("expected_profit_per_contact"));
        }
    }

    @Test
    void badInputExitsTwoNamingWhatIsWrong() throws Exception {
        Path project = TargetShop.create(dir);
        String p = project.toString();
        assertBad(List.of("--project", p, "--cost", "-1", "--margin", "40", "--json"), "cost per contact");
        assertBad(List.of("--project", p, "--cost", "100", "--margin", "140", "--json"), "gross margin");
        assertBad(List.of("--project", p, "--cost", "abc", "--margin", "40", "--json"), "--cost must be a number");
        assertBad(List.of("--project", p, "--cost", "100", "--margin", "40", "--horizon-days", "0", "--json"), "horizon");
        assertBad(List.of("--project", p, "--cost", "100", "--margin", "40", "--by", "week", "--json"), "grid, plan");
        assertBad(List.of("--project", p, "--cost", "100", "--margin", "40", "--by", "segment", "--json"),
                "no saved segments");
        assertBad(List.of("--project", p, "--cost", "100", "--margin", "40", "--horizon-days", "900", "--json"),
                "shorter than 538 days");
        assertBad(List.of("--project", p, "--cost", "100", "--margin", "40"), "--json");
        assertBad(List.of("--project", dir.resolve("none.mv.db").toString(), "--cost", "100", "--margin", "40",
                "--json"), "none");
    }

    @Test
    void planTiersAreGroupsLikeAnyOther() throws Exception {
        Path project = TargetShop.create(dir);
        CliRun run = CliRun.of("target", "--project", project.toString(), "--cost", "250", "--margin", "40", "--by",
                "plan", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode groups = new ObjectMapper().readTree(run.out()).get("groups");
        assertTrue(groups.size() >= 4, run.out());
        // no stored plan: the tiers a plan starting at the analysis date would get
        assertTrue(groups.get(0).get("group").asText().startsWith("plan:2024-07-01:T"), run.out());
    }

    private static void assertBad(List<String> args, String said) {
        String[] all = new String[args.size() + 1];
        all[0] = "target";
        for (int k = 0; k < args.size(); k++) {
            all[k + 1] = args.get(k);
        }
        CliRun run = CliRun.of(all);
        assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
        assertTrue(run.err().contains(said), run.err());
        assertFalse(run.err().contains("Internal error"), run.err());
    }
}
