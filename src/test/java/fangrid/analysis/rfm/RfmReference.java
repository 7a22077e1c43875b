package fangrid.analysis.rfm;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;

/** The R rfm reference outputs in ../shared/data, read in place with commons-csv. */
final class RfmReference {
    private RfmReference() {
    }

    /**
     * A per-customer table written by R's write.csv ({@code rfm_table_order} or {@code rfm_segment} output).
     * {@code segment} is null for tables without that column.
     */
    record Table(String[] ids, int[] recencyDays, int[] transactionCount, double[] amount, int[] r, int[] f, int[] m,
                 int[] rfmScore, String[] segment) {
        int size() {
            return ids.length;
        }
    }

    /** One row of an {@code rfm_segment_summary} file, numbers as R printed them. */
    record SummaryRow(int customers, long orders, BigDecimal revenue, BigDecimal aov) {
    }

    /** A file under the shared data folder, or a skipped test where that folder is absent. */
    static Path file(String relative) {
        Path data = Path.of(System.getProperty("fangrid.shared.dir", "../shared")).resolve("data");
        Path file = data.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "skipped: " + file + " is absent (../shared/data absent: the team's reference data live beside the project)");
        return file;
    }

    static Table table(String relative) throws IOException {
        List<CSVRecord> rows = records(file(relative));
        int n = rows.size();
        Table t = new Table(new String[n], new int[n], new int[n], new double[n], new int[n], new int[n], new int[n],
                new int[n], rows.get(0).isMapped("segment") ? new String[n] : null);
        for (int i = 0; i < n; i++) {
            CSVRecord row = rows.get(i);
            t.ids[i] = row.get("customer_id");
            t.recencyDays[i] = Integer.parseInt(row.get("recency_days"));
            t.transactionCount[i] = Integer.parseInt(row.get("transaction_count"));
            t.amount[i] = Double.parseDouble(row.get("amount"));
            t.r[i] = Integer.parseInt(row.get("recency_score"));
            t.f[i] = Integer.parseInt(row.get("frequency_score"));
            t.m[i] = Integer.parseInt(row.get("monetary_score"));
            t.rfmScore[i] = Integer.parseInt(row.get("rfm_score"));
            if (t.segment != null) {
                t.segment[i] = row.get("segment");
            }
        }
        return t;
    }

    /** A threshold file by column name (recency_lower …), each column one value per bin, as printed. */
    static Map<String, List<BigDecimal>> thresholds(String relative) throws IOException {
        Map<String, List<BigDecimal>> columns = new LinkedHashMap<>();
        for (CSVRecord row : records(file(relative))) {
            row.toMap().forEach((k, v) -> columns.computeIfAbsent(k, x -> new ArrayList<>()).add(new BigDecimal(v)));
        }
        return columns;
    }

    static Map<String, SummaryRow> summary(String relative) throws IOException {
        Map<String, SummaryRow> rows = new LinkedHashMap<>();
        for (CSVRecord row : records(file(relative))) {
            rows.put(row.get("segment"), new SummaryRow(Integer.parseInt(row.get("customers")),
                    Long.parseLong(row.get("orders")), new BigDecimal(row.get("revenue")), new BigDecimal(row.get("aov"))));
        }
        return rows;
    }

    /** A double as R's write.csv prints it: 15 significant digits, no trailing zeros. */
    static BigDecimal asR(double x) {
        return new BigDecimal(x).round(new MathContext(15)).stripTrailingZeros();
    }

    /** R's {@code round(x, 2)}. */
    static BigDecimal round2(double x) {
        return new BigDecimal(x).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords();
        }
    }
}
