package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze contract's plan columns: expected_sales_period and plan_tier between at_risk and p_alive, and --plan-start. */
class AnalyzePlanColumnsTest {
    private static final String ORDERS = """
            顧客ID,注文番号,購入日,金額
            A,1,2024/01/05,1000
            A,2,2024/03/05,2000
            A,3,2024/05/20,3000
            B,4,2024/05/01,500
            C,5,2023/06/01,700
            A,6,2024/07/10,1500
            D,7,2024/07/01,900
            """;

    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void projectWithAPlan() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            s.createPlan(LocalDate.of(2024, 6, 1), 6, 4, 0.9, StepProgress.NONE);
            project = s.file();
        }
    }

    private Map<String, CSVRecord> analyze(String... extra) throws Exception {
        Path out = dir.resolve("out.csv");
        String[] args = new String[4 + extra.length];
        System.arraycopy(new String[] {"analyze", "--project", project.toString(), "--out=" + out}, 0, args, 0, 4);
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exit(), run.err());
        String header = Files.readAllLines(out).get(0);
        assertTrue(header.contains(",at_risk,expected_sales_period,plan_tier,p_alive,"), "the contract's order: " + header);
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(out))) {
            p.forEach(r -> rows.put(r.get("customer_id"), r));
        }
        return rows;
    }

    @Test
    void withoutAPlanStartTheLatestPlansTiersAreWrittenAndNonBuyersAtItsStartHaveNone() throws Exception {
        Map<String, CSVRecord> rows = analyze();
        assertEquals("1", rows.get("A").get("plan_tier"));
        assertEquals("3", rows.get("B").get("plan_tier"));
        assertEquals("4", rows.get("C").get("plan_tier"));
        assertEquals("", rows.get("D").get("plan_tier"), "D first bought after the plan's start");
        assertEquals("", rows.get("D").get("expected_sales_period"));
        assertTrue(Double.parseDouble(rows.get("A").get("expected_sales_period"))
                > Double.parseDouble(rows.get("B").get("expected_sales_period")));
    }

    @Test
    void aPlanStartWithoutAStoredPlanComputesTheTiersAsOfThatDate() throws Exception {
        Map<String, CSVRecord> stored = analyze("--plan-start", "2024-06-01");
        assertEquals("1", stored.get("A").get("plan_tier"));
        Map<String, CSVRecord> later = analyze("--plan-start", "2024-07-05", "--plan-months", "3");
        assertFalse(later.get("D").get("plan_tier").isEmpty(), "D is a buyer by 2024-07-05");
        assertFalse(later.get("D").get("expected_sales_period").isEmpty());
    }

    @Test
    void aBadPlanStartOrPeriodIsBadInput() {
        CliRun bad = CliRun.of("analyze", "--project", project.toString(), "--out=" + dir.resolve("x.csv"),
                "--plan-start", "2024-13-01");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--plan-start must be a date"), bad.err());
        CliRun months = CliRun.of("analyze", "--project", project.toString(), "--out=" + dir.resolve("x.csv"),
                "--plan-months", "0");
        assertEquals(2, months.exit());
        assertTrue(months.err().contains("--plan-months"), months.err());
    }
}
