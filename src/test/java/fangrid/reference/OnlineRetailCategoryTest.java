package fangrid.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerTable;
import fangrid.domain.DataKind;
import fangrid.domain.ScoringMode;
import fangrid.importer.ImportService;
import fangrid.store.CustomerIds;
import fangrid.store.Project;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCI Online Retail with a category column made from the first two characters of each StockCode (when both are
 * digits; other codes such as POST stay uncategorised): the analysis restricted to category "22" gives every customer
 * the recency, frequency and monetary value computed here directly from that category's lines (R's rfm view: every
 * line with a customer id counts, returns included).
 */
class OnlineRetailCategoryTest {
    private static final LocalDate AS_OF = LocalDate.of(2011, 12, 10);
    private static final String CATEGORY = "22";

    @TempDir
    Path dir;

    private static String category(String stockCode) {
        return stockCode.length() >= 2 && Character.isDigit(stockCode.charAt(0)) && Character.isDigit(stockCode.charAt(1))
                ? stockCode.substring(0, 2) : "";
    }

    @Test
    void categoryTwentyTwosRfmEqualsADirectComputationOnItsLines() throws Exception {
        Path source = TestProjects.sharedData("online-retail/OnlineRetail.csv.gz");
        Path file = dir.resolve("online-retail-with-categories.csv");
        Map<String, long[]> lastDayAndCount = new HashMap<>();
        Map<String, Double> monetary = new HashMap<>();
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(in);
             BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(p.getHeaderNames());
            header.add("category");
            out.printRecord(header);
            for (CSVRecord r : p) {
                List<String> row = new ArrayList<>(r.toList());
                String category = category(r.get("StockCode"));
                row.add(category);
                out.printRecord(row);
                String customer = r.get("CustomerID");
                if (!customer.isEmpty() && category.equals(CATEGORY)) {
                    long day = LocalDate.parse(r.get("InvoiceDate").substring(0, 10)).toEpochDay();
                    long[] v = lastDayAndCount.computeIfAbsent(customer, k -> new long[] {Long.MIN_VALUE, 0});
                    v[0] = Math.max(v[0], day);
                    v[1]++;
                    monetary.merge(customer, Double.parseDouble(r.get("Quantity"))
                            * Double.parseDouble(r.get("UnitPrice")), Double::sum);
                }
            }
        }
        try (Project project = Project.create(dir.resolve("retail"))) {
            new ImportService().importFile(project, file, DataKind.TRANSACTIONS);
            AnalysisService service = new AnalysisService();
            Analysis a = service.analyze(project, service.settings(project).withAsOf(AS_OF)
                    .withScoring(ScoringMode.RFM_PACKAGE).withCategory(CATEGORY));
            CustomerTable t = a.customers();
            String[] ids = CustomerIds.load(project.connection());
            List<String> mismatches = new ArrayList<>();
            int buyers = 0;
            for (int i = 0; i < ids.length; i++) {
                long[] expected = lastDayAndCount.get(ids[i]);
                if (expected == null) {
                    if (t.frequency(i) != 0) {
                        mismatches.add(ids[i] + ": no category-22 line, frequency " + t.frequency(i));
                    }
                    continue;
                }
                buyers++;
                long recency = AS_OF.toEpochDay() - expected[0];
                if (t.recencyDays(i) != recency || t.frequency(i) != expected[1]
                        || Math.abs(t.monetary(i) - monetary.get(ids[i])) > 1e-6) {
                    mismatches.add(ids[i] + ": expected " + recency + "," + expected[1] + "," + monetary.get(ids[i])
                            + ", got " + t.recencyDays(i) + "," + t.frequency(i) + "," + t.monetary(i));
                }
            }
            assertEquals(lastDayAndCount.size(), buyers, "every customer with category-22 lines is in the project");
            assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
                    mismatches.size() + " mismatches");
        }
    }
}
