package fangrid.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerColumnsProbe;
import fangrid.analysis.CustomerTable;
import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.domain.ScoringMode;
import fangrid.domain.SkipReason;
import fangrid.importer.ImportService;
import fangrid.store.CustomerIds;
import fangrid.store.Project;
import fangrid.store.StoredLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UCI Online Retail (../shared/data/online-retail), imported in place and checked against pandas/DuckDB. */
class OnlineRetailTest {
    @TempDir
    static Path dir;
    private static Project project;
    private static ImportReport report;

    @BeforeAll
    static void importOnce() throws Exception {
        Path file = TestProjects.sharedData("online-retail/OnlineRetail.csv.gz");
        project = Project.create(dir.resolve("online-retail"));
        report = new ImportService().importFile(project, file, DataKind.TRANSACTIONS);
    }

    @AfterAll
    static void close() throws Exception {
        if (project != null) {
            project.close();
        }
    }

    private static long count(String sql) throws Exception {
        try (Statement s = project.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void guestLinesAreSkippedAndCountedAndEverythingElseLands() throws Exception {
        assertEquals(541_909, report.rowsRead());
        assertEquals(Map.of(fangrid.domain.SkipReason.NO_CUSTOMER_ID, 135_080L), report.skipped());
        assertEquals(406_829, report.rowsImported());
        assertEquals(0, report.badRowCount());
        assertEquals(4_372, count("SELECT COUNT(*) FROM customer"));
        List<StoredLines.Line> lines = StoredLines.all(project);
        List<StoredLines.Line> cInvoices = lines.stream().filter(l -> l.orderId().startsWith("C")).toList();
        assertEquals(8_905, cInvoices.size(), "C invoice lines with a customer");
        assertTrue(cInvoices.stream().allMatch(l -> l.kind() == 2), "C invoices are returns");
        assertTrue(lines.stream().anyMatch(l -> "85123A".equals(l.productCode())), "stock codes stay text");
    }

    @Test
    void everyCustomersRecencyFrequencyAndMonetaryMatchPandasAndDuckDb() throws Exception {
        List<String> lines = Files.readAllLines(TestProjects.sharedData(
                "online-retail/reference/rfm_reference__pandas_duckdb__asof2011-12-10.csv"));
        Analysis a = new AnalysisService().analyze(project);
        assertEquals(LocalDate.of(2011, 12, 10), a.asOf());
        CustomerColumnsProbe probe = new CustomerColumnsProbe(project, a);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            // Cents compared as whole numbers: pandas prints a sum that is a hair below zero as -0.0.
            String expected = f[1] + "," + f[2] + "," + Math.round(Double.parseDouble(f[3]) * 100);
            String actual = probe.rfm(f[0]);
            if (!expected.equals(actual)) {
                mismatches.add(f[0] + ": expected " + expected + ", got " + actual);
            }
        }
        assertEquals(4_339, lines.size() - 1);
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())), mismatches.size() + " mismatches");
        assertEquals(4_339, probe.buyers(), "customers with at least one purchase occasion");
    }

    @Test
    void inRfmPackageModeEveryCustomerMatchesRsRfmOnAllLinesWithACustomerId() throws Exception {
        List<String> lines = Files.readAllLines(TestProjects.sharedData(
                "online-retail/reference/rfm_R_rfm_table_order__lines_all_with_customerid.csv"));
        AnalysisService service = new AnalysisService();
        Analysis a = service.analyze(project, service.settings(project).withScoring(ScoringMode.RFM_PACKAGE));
        CustomerTable t = a.customers();
        Map<String, Integer> index = new HashMap<>();
        String[] ids = CustomerIds.load(project.connection());
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        List<String> mismatches = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            int i = index.get(f[0]);
            String expected = String.join(",", f[1], f[2], f[4], f[5], f[6], f[7]);
            String actual = t.recencyDays(i) + "," + t.frequency(i) + "," + t.rScore(i) + "," + t.fScore(i) + ","
                    + t.mScore(i) + "," + t.rfmScore(i);
            if (!expected.equals(actual) || Math.abs(Double.parseDouble(f[3]) - t.monetary(i)) > 1e-6) {
                mismatches.add(f[0] + ": expected " + expected + " " + f[3] + ", got " + actual + " " + t.monetary(i));
            }
        }
        assertEquals(4_372, lines.size() - 1);
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())), mismatches.size() + " mismatches");
    }
}
