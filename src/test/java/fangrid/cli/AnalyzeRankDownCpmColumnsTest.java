package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.project.ProjectSession;
import java.io.PrintWriter;
import java.io.StringWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} writes the rank-down columns right after {@code segments} and {@code cpm} last, and {@code summary}
 * counts them, on customers worked out by hand (analysis date 2024-07-01):
 * <pre>
 * id   purchases              median  recency  overdue  at risk      CPM
 * A    06-06, 06-16           10      15       5        false (=15)  budding-active
 * B    06-05, 06-15           10      16       6        true         budding-active
 * C    2023-11-04 (¥80,000)   –       240      –        false        first-lapsed
 * D    2023-06-01, 06-20, 06-30 (gaps 385, 10)  197.5  1  -197  false  loyal-active (tenure 395, ¥90,000)
 * </pre>
 */
class AnalyzeRankDownCpmColumnsTest {
    @TempDir
    Path dir;

    private Path orders() throws Exception {
        return Files.writeString(dir.resolve("orders.csv"), """
                customer_id,order_id,date,amount
                A,1,2024-06-06,100
                A,2,2024-06-16,100
                B,3,2024-06-05,100
                B,4,2024-06-15,100
                C,5,2023-11-04,80000
                D,6,2023-06-01,30000
                D,7,2024-06-20,30000
                D,8,2024-06-30,30000
                """, StandardCharsets.UTF_8);
    }

    @Test
    void summaryCountsTheRankDownRiskAndTheCpmCells() throws Exception {
        Path project;
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            project = s.file();
        }
        StringWriter out = new StringWriter();
        assertEquals(FanGridCli.OK, FanGridCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "summary",
                "--project", project.toString(), "--as-of", "2024-07-01", "--json"));
        String json = out.toString().replaceAll("\\s+", "");
        assertTrue(json.contains("\"rank_down\":{\"k\":1.5,\"at_risk\":1,\"this_week\":1}"), json);
        assertTrue(json.contains("\"lapsed_days\":240,\"steady_tenure_days\":90,\"loyal_tenure_days\":210,"
                + "\"amount\":70000.0"), json);
        assertTrue(json.contains("{\"cell\":\"budding-active\",\"customers\":2,"), json);
        assertTrue(json.contains("{\"cell\":\"first-lapsed\",\"customers\":1,\"share_of_base\":0.25,\"net_sales\":80000.0,"),
                json);
        assertTrue(json.contains("{\"cell\":\"loyal-active\",\"customers\":1,"), json);
    }

    @Test
    void theColumnsFollowTheContract() throws Exception {
        Path orders = orders();
        Path out = dir.resolve("out.csv");
        assertEquals(FanGridCli.OK, FanGridCli.run("analyze", "--input", orders.toString(), "--as-of", "2024-07-01",
                "--out", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("segments", "median_interval_days", "days_overdue", "at_risk"),
                header.subList(header.indexOf("segments"), header.indexOf("segments") + 4));
        assertEquals("cpm", header.get(header.size() - 1));
        Map<String, List<String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split(",", -1));
            int m = header.indexOf("median_interval_days");
            rows.put(cells.get(0), List.of(cells.get(m), cells.get(m + 1), cells.get(m + 2), cells.get(header.size() - 1)));
        }
        assertEquals(List.of("10", "5", "false", "budding-active"), rows.get("A"));
        assertEquals(List.of("10", "6", "true", "budding-active"), rows.get("B"));
        assertEquals(List.of("", "", "false", "first-lapsed"), rows.get("C"));
        assertEquals(List.of("197.5", "-197", "false", "loyal-active"), rows.get("D"));
    }
}
