package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.project.ProjectSession;
import fangrid.importer.ImportService;
import fangrid.store.CustomerIds;
import fangrid.store.Project;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB variant of the customer summary ({@code src/main/resources/sql/customer-summary.duckdb.sql}) run on UCI
 * Online Retail gives, column by column and customer by customer, what FanGrid's own column build gives for an import
 * of the same file; and that summary imported as {@code customer-summary} builds the same columns again.
 */
class CustomerSummarySqlTest {
    static final LocalDate AS_OF = LocalDate.of(2011, 12, 10);
    /** Sums of doubles in another order differ in the last bits; a cent is 10^4 times this. */
    private static final double TOLERANCE = 1e-6;

    @TempDir
    static Path dir;
    private static Project project;
    private static CustomerColumns fangrid;
    private static Map<String, Integer> indexOf;
    private static Path summary;

    @BeforeAll
    static void importAndRunDuckDb() throws Exception {
        Path file = TestProjects.sharedData("online-retail/OnlineRetail.csv.gz");
        project = Project.create(dir.resolve("online-retail"));
        new ImportService().importFile(project, file, DataKind.TRANSACTIONS);
        fangrid = new CustomerColumnsLoader().load(project.connection(), AS_OF, 0, null);
        String[] ids = CustomerIds.load(project.connection());
        indexOf = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                indexOf.put(ids[i], i);
            }
        }
        summary = dir.resolve("customer-summary.csv.gz");
        runDuckDb(file, summary);
    }

    @AfterAll
    static void close() throws Exception {
        if (project != null) {
            project.close();
        }
    }

    /** What a consultant does in DuckDB: the two input relations, the shipped SQL, a COPY to gzipped CSV. */
    static void runDuckDb(Path orders, Path out) throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/sql/customer-summary.duckdb.sql"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fangrid_analysis_date AS SELECT DATE '" + AS_OF + "' AS as_of");
            s.execute("CREATE VIEW fangrid_order_lines AS SELECT CustomerID AS customer_id, InvoiceNo AS order_id,"
                    + " CAST(SUBSTR(InvoiceDate, 1, 10) AS DATE) AS line_date,"
                    + " CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE) AS amount,"
                    + " CAST(Quantity AS DOUBLE) AS quantity, NULL AS kind, NULL AS product_role"
                    + " FROM read_csv('" + orders + "', header = true, all_varchar = true)");
            s.execute(sql);
            s.execute("COPY fangrid_customer_summary TO '" + out + "' (HEADER, COMPRESSION gzip)");
        }
    }

    static List<Map<String, String>> readSummary(Path file) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(r.readLine().split(",", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int k = 0; k < cells.length; k++) {
                    row.put(header.get(k), cells[k]);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void everyColumnOfTheDuckDbSummaryIsFanGridsOwn() throws Exception {
        List<Map<String, String>> rows = readSummary(summary);
        assertEquals(fangrid.base(), rows.size(), "one row per customer in FanGrid's base");
        int asOf = (int) AS_OF.toEpochDay();
        int buyers = 0;
        for (Map<String, String> row : rows) {
            String id = row.get("customer_id");
            Integer found = indexOf.get(id);
            assertTrue(found != null && fangrid.inBase(found), id + " is in FanGrid's base");
            int i = found;
            String who = "customer " + id + ", ";
            assertEquals(AS_OF.toString(), row.get("as_of"));
            assertEquals(date(fangrid.knownSince[i]), row.get("known_since"), who + "known_since");
            assertEquals(fangrid.frequency[i], Integer.parseInt(row.get("occasions")), who + "occasions");
            boolean buyer = fangrid.frequency[i] > 0;
            buyers += buyer ? 1 : 0;
            assertEquals(buyer ? date(asOf - fangrid.daysSinceFirst[i]) : "", row.get("first_purchase_date"), who);
            assertEquals(buyer ? date(asOf - fangrid.recencyDays[i]) : "", row.get("last_purchase_date"), who);
            assertNumber(fangrid.monetary[i], row.get("net_sales"), who + "net_sales");
            assertNumber(fangrid.items[i], row.get("items"), who + "items");
            assertEquals(fangrid.returnOrders[i], Integer.parseInt(row.get("return_orders")), who + "return_orders");
            assertNumber(fangrid.returnAmount[i], row.get("return_amount"), who + "return_amount");
            assertNumber(fangrid.medianInterval[i], row.get("median_interval_days"), who + "median_interval_days");
            assertNumber(fangrid.intervalVariation[i], row.get("interval_cv"), who + "interval_cv");
            assertEquals(fangrid.seasonal[i] ? "1" : "0", row.get("seasonal"), who + "seasonal");
            assertEquals(fangrid.lineCount[i], Integer.parseInt(row.get("line_count")), who + "line_count");
            assertEquals(fangrid.lineCount[i] > 0 ? date(asOf - fangrid.lineRecencyDays[i]) : "",
                    row.get("last_line_date"), who + "last_line_date");
            assertEquals(fangrid.mainOccasions[i], Integer.parseInt(row.get("main_occasions")), who + "main_occasions");
            assertEquals(fangrid.trial[i] ? "1" : "0", row.get("trial"), who + "trial");
            assertEquals(fangrid.thirdMainDay[i] == MainOccasions.NEVER ? "" : date(fangrid.thirdMainDay[i]),
                    row.get("third_main_date"), who + "third_main_date");
            assertEquals(fangrid.purchaseDays[i], Integer.parseInt(row.get("purchase_days")), who + "purchase_days");
            assertEquals(date(fangrid.firstPurchaseDay[i]), row.get("first_occasion_date"), who + "first_occasion_date");
            assertEquals(date(fangrid.lastPurchaseDay[i]), row.get("last_occasion_date"), who + "last_occasion_date");
            assertNumber(fangrid.repeatNet[i], row.get("repeat_net_sales"), who + "repeat_net_sales");
        }
        assertEquals(4_372, fangrid.base(), "Online Retail's 4,372 customers all have lines before 2011-12-10");
        assertTrue(buyers > 4_000, "most of them bought");
    }

    @Test
    void theSummaryImportedAsCustomerSummaryBuildsTheSameColumnsAndViews() throws Exception {
        try (Project p = Project.create(dir.resolve("summary-only"))) {
            ImportReport report = new ImportService().importFile(p, summary, DataKind.CUSTOMER_SUMMARY);
            assertEquals(4_372, report.rowsImported());
            assertEquals(Optional.of(AS_OF), CustomerColumnsLoader.defaultAsOf(p.connection()));
            Analysis fromSummary = new AnalysisService().analyze(p);
            CustomerColumns s = fromSummary.columns();
            String[] ids = CustomerIds.load(p.connection());
            assertEquals(fangrid.base(), s.base());
            int compared = 0;
            for (int j = 0; j < ids.length; j++) {
                int i = indexOf.get(ids[j]);
                String who = "customer " + ids[j] + ": ";
                assertEquals(fangrid.inBase[i], s.inBase[j], who + "in base");
                assertEquals(fangrid.knownSince[i], s.knownSince[j], who + "knownSince");
                assertEquals(fangrid.recencyDays[i], s.recencyDays[j], who + "recencyDays");
                assertEquals(fangrid.daysSinceFirst[i], s.daysSinceFirst[j], who + "daysSinceFirst");
                assertEquals(fangrid.frequency[i], s.frequency[j], who + "frequency");
                assertEquals(fangrid.monetary[i], s.monetary[j], TOLERANCE, who + "monetary");
                assertEquals(fangrid.items[i], s.items[j], TOLERANCE, who + "items");
                assertEquals(fangrid.returnOrders[i], s.returnOrders[j], who + "returnOrders");
                assertEquals(fangrid.returnAmount[i], s.returnAmount[j], TOLERANCE, who + "returnAmount");
                assertEquals(fangrid.medianInterval[i], s.medianInterval[j], TOLERANCE, who + "medianInterval");
                assertEquals(fangrid.intervalVariation[i], s.intervalVariation[j], TOLERANCE, who + "intervalVariation");
                assertEquals(fangrid.seasonal[i], s.seasonal[j], who + "seasonal");
                assertEquals(fangrid.lineCount[i], s.lineCount[j], who + "lineCount");
                assertEquals(fangrid.lineRecencyDays[i], s.lineRecencyDays[j], who + "lineRecencyDays");
                assertEquals(fangrid.mainOccasions[i], s.mainOccasions[j], who + "mainOccasions");
                assertEquals(fangrid.trial[i], s.trial[j], who + "trial");
                assertEquals(fangrid.usage[i], s.usage[j], who + "usage");
                assertEquals(fangrid.thirdMainDay[i], s.thirdMainDay[j], who + "thirdMainDay");
                assertEquals(fangrid.purchaseDays[i], s.purchaseDays[j], who + "purchaseDays");
                assertEquals(fangrid.firstPurchaseDay[i], s.firstPurchaseDay[j], who + "firstPurchaseDay");
                assertEquals(fangrid.lastPurchaseDay[i], s.lastPurchaseDay[j], who + "lastPurchaseDay");
                assertEquals(fangrid.repeatNet[i], s.repeatNet[j], TOLERANCE, who + "repeatNet");
                compared++;
            }
            assertEquals(4_372, compared);
            assertEquals(summaryJson(new AnalysisService().analyze(project)), summaryJson(fromSummary),
                    "the grid, matrix, deciles, activities and segments as summary --json gives them");
        }
    }

    private static String summaryJson(Analysis a) throws Exception {
        StringWriter out = new StringWriter();
        ProjectSession.writeSummary(a, out);
        // sums of the same doubles in another order differ in the last bits: figures are compared to 6 decimals
        return Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?").matcher(
                        out.toString().replaceAll("\"project\"\\s*:\\s*\"[^\"]*\"", ""))
                .replaceAll(m -> String.format(Locale.ROOT, "%.6f", Double.parseDouble(m.group())));
    }

    private static String date(int epochDay) {
        return epochDay == CustomerColumns.NONE ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }

    private static void assertNumber(double expected, String actual, String what) {
        if (Double.isNaN(expected)) {
            assertEquals("", actual, what);
        } else {
            assertEquals(expected, Double.parseDouble(actual), TOLERANCE * Math.max(1, Math.abs(expected)), what);
        }
    }
}
