package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.RfmBreaks;
import fangrid.domain.ScoringMode;
import fangrid.export.CustomerCsvWriter;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code analyze} and {@code summary} contracts: columns, exactness against R's rfm, JSON, exit codes. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static Map<String, CSVRecord> read(Path csv, String key) throws Exception {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(csv))) {
            for (CSVRecord r : p) {
                rows.put(r.get(key), r);
            }
        }
        return rows;
    }

    @Test
    void analyzeInputInRfmPackageModeMatchesRsRfmForEveryCustomerAndSegment() throws Exception {
        Path orders = TestProjects.sharedData("rfm-r-package/rfm_data_orders.csv");
        Path out = dir.resolve("customers.csv");
        Result r = run(new AnalyzeCommand(), "--input", orders.toString(), "--as-of", "2006-12-31", "--scoring", "rfm-package",
                "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("scoring: rfm-package (frequency = order lines"), r.out);
        assertEquals(String.join(",", CustomerCsvWriter.HEADER), Files.readAllLines(out).get(0));
        Map<String, CSVRecord> ours = read(out, "customer_id");
        Map<String, CSVRecord> segments = read(TestProjects.sharedData(
                "rfm-r-package/reference/rfm_segment__readme_rules__2006-12-31.csv"), "customer_id");
        Map<String, CSVRecord> reference = read(TestProjects.sharedData(
                "rfm-r-package/reference/rfm_table_order__orders__2006-12-31.csv"), "customer_id");
        assertEquals(995, ours.size());
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord ref : reference.values()) {
            CSVRecord o = ours.get(ref.get("customer_id"));
            String expected = String.join(",", ref.get("recency_days"), ref.get("transaction_count"), ref.get("amount"),
                    ref.get("recency_score"), ref.get("frequency_score"), ref.get("monetary_score"), ref.get("rfm_score"),
                    segments.get(ref.get("customer_id")).get("segment"));
            String actual = String.join(",", o.get("recency_days"), o.get("frequency"), o.get("monetary"), o.get("r_score"),
                    o.get("f_score"), o.get("m_score"), o.get("rfm_score"), o.get("rfm_segment"));
            if (!expected.equals(actual)) {
                mismatches.add(ref.get("customer_id") + ": " + expected + " vs " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals("343", ours.get("Abbey O'Reilly").get("rfm_score"));
    }

    @Test
    void theProjectsOwnScoreThresholdsReproduceRsCustomBins() throws Exception {
        Path orders = TestProjects.sharedData("rfm-r-package/rfm_data_orders.csv");
        Path project = dir.resolve("custom");
        assertEquals(0, run(new ImportCommand(), "--project", project.toString(), "--kind", "transactions", orders.toString()).exit);
        try (Project p = Project.open(project)) {
            AnalysisSettingsRepository repo = new AnalysisSettingsRepository(p.settings());
            repo.save(AnalysisSettings.DEFAULT.withScoring(ScoringMode.RFM_PACKAGE).withRfmBreaks(new RfmBreaks(
                    new double[] {115, 181, 297, 482}, new double[] {4, 5, 6, 8}, new double[] {256, 382, 506, 666})));
            assertEquals("115,181,297,482", RfmBreaks.format(repo.load().rfmBreaks().recency()), "stored with the project");
        }
        Path out = dir.resolve("custom.csv");
        Result r = run(new AnalyzeCommand(), "--project", project.toString(), "--as-of", "2006-12-31", "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        Map<String, CSVRecord> ours = read(out, "customer_id");
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord ref : read(TestProjects.sharedData("rfm-r-package/reference/rfm_table_order__orders__custom_bins.csv"),
                "customer_id").values()) {
            CSVRecord o = ours.get(ref.get("customer_id"));
            if (!ref.get("rfm_score").equals(o.get("rfm_score"))) {
                mismatches.add(ref.get("customer_id") + ": " + ref.get("rfm_score") + " vs " + o.get("rfm_score"));
            }
        }
        assertEquals(995, ours.size());
        assertEquals(List.of(), mismatches);
        Result quintiles = run(new AnalyzeCommand(), "--project", project.toString(), "--as-of", "2006-12-31", "--r-breaks", "",
                "--f-breaks", "", "--m-breaks", "", "--out", out.toString());
        assertEquals(0, quintiles.exit, quintiles.err);
        assertEquals("343", read(out, "customer_id").get("Abbey O'Reilly").get("rfm_score"), "blank flags: quintiles again");
    }

    @Test
    void analyzeProjectWritesEveryoneIncludingPeopleWhoNeverBought() throws Exception {
        TestProjects.sampleProject(dir).close();
        Path project = dir.resolve("sample");
        Path out = dir.resolve("all.csv");
        Result r = run(new AnalyzeCommand(), "--project", project.toString(), "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("scoring: fangrid (frequency = distinct purchase occasions"), r.out);
        Map<String, CSVRecord> rows = read(out, "customer_id");
        assertEquals(3_600, rows.size());
        long prospects = rows.values().stream().filter(x -> x.get("grid_cell").isEmpty()).count();
        assertEquals(3_600 - 2_965, prospects, "everyone without a counted purchase occasion (the grid holds 2,965)");
        assertTrue(rows.values().stream().filter(x -> x.get("grid_cell").isEmpty()).allMatch(x -> x.get("activity").equals("1")
                && x.get("frequency").equals("0") && x.get("decile").isEmpty()));
        assertEquals(170, rows.values().stream().filter(x -> x.get("first_category").equals("true")).count());
        assertEquals(248, rows.values().stream().filter(x -> x.get("grid_cell").equals("R1F1")).count());
    }

    @Test
    void analyzeInDemoModeWritesPseudonymsInPlaceOfIdsAndTheSameFigures() throws Exception {
        TestProjects.sampleProject(dir).close();
        Path project = dir.resolve("sample");
        Path real = dir.resolve("real.csv");
        Path demo = dir.resolve("demo.csv");
        assertEquals(0, run(new AnalyzeCommand(), "--project", project.toString(), "--out", real.toString()).exit);
        assertEquals(0, run(new AnalyzeCommand(), "--project", project.toString(), "--demo", "--out", demo.toString()).exit);
        List<String> realLines = Files.readAllLines(real);
        List<String> demoLines = Files.readAllLines(demo);
        assertEquals(realLines.get(0), demoLines.get(0));
        assertEquals(3_601, demoLines.size());
        for (int k = 1; k < realLines.size(); k++) {
            String[] r = realLines.get(k).split(",", 2);
            String[] d = demoLines.get(k).split(",", 2);
            assertTrue(d[0].matches("Customer \\d{4,}"), d[0]);
            assertEquals(r[1], d[1], "figures unchanged");
        }
        assertTrue(demoLines.stream().noneMatch(l -> l.contains("M00")), "no real id (the sample's are M000001 …)");
    }

    @Test
    void summaryJsonHasTheGridMatrixFirstCategoryDecilesAndActivities() throws Exception {
        TestProjects.sampleProject(dir).close();
        Path project = dir.resolve("sample");
        Result r = run(new SummaryCommand(), "--project", project.toString(), "--json");
        assertEquals(0, r.exit, r.err);
        String json = r.out.replaceAll("\\s+", "");
        assertTrue(json.contains("\"cell\":\"R1F1\",\"customers\":248,"), json);
        assertTrue(json.contains("\"cell\":\"R3F1\",\"customers\":1368,"), json);
        assertTrue(json.contains("\"first_category\":{\"customers\":170,"), json);
        assertTrue(json.contains("\"respondents\":1491,"), json);
        assertTrue(json.contains("\"decile\":\"D1\",\"customers\":297,"), json + ": D1 is ranks 0–296 of 2,965 buyers");
        Matcher m = Pattern.compile("\"activity\":(\\d),\"customers\":(\\d+)").matcher(json);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(2));
        }
        assertEquals(3_600, total, "every person has one activity");
    }

    /**
     * On 2024-01-01 the sample shop knew 905 of its 3,600 people (signed up or ordered before; nobody had answered the
     * survey, which ran in 2025), 734 of them with a purchase occasion before then: counted from customers.csv and
     * orders.csv by a separate script.
     */
    @Test
    void analyzeAndSummaryAtAPastDateCountOnlyThePeopleKnownByThen() throws Exception {
        TestProjects.sampleProject(dir).close();
        Path project = dir.resolve("sample");
        Path out = dir.resolve("past.csv");
        Result r = run(new AnalyzeCommand(), "--project", project.toString(), "--as-of", "2024-01-01", "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        Map<String, CSVRecord> rows = read(out, "customer_id");
        assertEquals(905, rows.size());
        assertEquals(734, rows.values().stream().filter(x -> !x.get("grid_cell").isEmpty()).count());
        assertEquals(905 - 734, rows.values().stream().filter(x -> x.get("activity").equals("1")).count());
        assertTrue(r.out.contains("customers: 905 written"), r.out);
        Result summary = run(new SummaryCommand(), "--project", project.toString(), "--as-of", "2024-01-01", "--json");
        assertEquals(0, summary.exit, summary.err);
        String json = summary.out.replaceAll("\\s+", "");
        assertTrue(json.contains("\"base\":905,\"buyers\":734,"), json);
        Matcher m = Pattern.compile("\"activity\":(\\d),\"customers\":(\\d+)").matcher(json);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(2));
        }
        assertEquals(905, total, "every person known at the date has one activity, nobody else");
    }

    @Test
    void badInputExitsWith2AndSaysWhy() {
        Path out = dir.resolve("x.csv");
        Result noProject = run(new AnalyzeCommand(), "--project", dir.resolve("none").toString(), "--out", out.toString());
        assertEquals(2, noProject.exit);
        assertTrue(noProject.err.contains("No FanGrid project at"), noProject.err);
        Result badMode = run(new SummaryCommand(), "--project", dir.resolve("none").toString(), "--json", "--scoring", "x");
        assertEquals(2, badMode.exit);
        Result badDate = run(new AnalyzeCommand(), "--input", "missing.csv", "--as-of", "2024-13-01", "--out", out.toString());
        assertEquals(2, badDate.exit);
        Result both = run(new AnalyzeCommand(), "--input", "a.csv", "--project", "p", "--out", out.toString());
        assertEquals(2, both.exit, "picocli: mutually exclusive options");
    }
}
