package fangrid.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

/**
 * DuckDB's side of {@link DuckDbComparison}, as a process of its own: DOMAIN.md's recency, frequency and monetary
 * per customer of an order-line file, written as CSV ({@code customer_id, recency_days, frequency, monetary}). It
 * knows two layouts by their header: Online Retail's ({@code InvoiceNo, …, CustomerID}) and the benchmark
 * generator's ({@code 受注番号, 会員番号, 受注日時, …, 小計, 区分}).
 * <pre>java -cp … fangrid.bench.DuckDbRfm FILE AS-OF OUT.csv</pre>
 */
public final class DuckDbRfm {
    private DuckDbRfm() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        String asOf = args[1];
        Path out = Path.of(args[2]).toAbsolutePath();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(query(file, asOf, out));
        }
    }

    static String query(Path file, String asOf, Path out) throws IOException {
        String path = quoted(file);
        String date = "DATE '" + asOf + "'";
        String select;
        if (header(file).startsWith("InvoiceNo")) {
            select = "SELECT CustomerID AS customer_id,"
                    + date + " - MAX(CASE WHEN NOT starts_with(InvoiceNo, 'C') THEN CAST(InvoiceDate AS DATE) END) AS recency_days,"
                    + " COUNT(DISTINCT CASE WHEN NOT starts_with(InvoiceNo, 'C') THEN InvoiceNo END) AS frequency,"
                    + " ROUND(SUM(Quantity * UnitPrice), 2) AS monetary"
                    + " FROM read_csv(" + path + ", header = true,"
                    + " types = {'InvoiceNo': 'VARCHAR', 'StockCode': 'VARCHAR', 'CustomerID': 'VARCHAR'})"
                    + " WHERE CustomerID IS NOT NULL AND CAST(InvoiceDate AS DATE) < " + date
                    + " GROUP BY CustomerID";
        } else {
            // DOMAIN.md's occasions: an order cancelled by its own returns (net <= 0 after them) is none
            select = "WITH orders AS (SELECT 会員番号 AS customer, 受注番号 AS order_id,"
                    + " MAX(CASE WHEN 区分 <> '返品' THEN CAST(受注日時 AS DATE) END) AS last_bought,"
                    + " SUM(小計) AS net, bool_or(区分 = '返品') AS has_returns"
                    + " FROM read_csv(" + path + ", header = true,"
                    + " types = {'受注番号': 'VARCHAR', '会員番号': 'VARCHAR', '商品コード': 'VARCHAR'})"
                    + " WHERE 会員番号 IS NOT NULL AND CAST(受注日時 AS DATE) < " + date + " GROUP BY 1, 2)"
                    + " SELECT customer AS customer_id, " + date + " - MAX(last_bought) AS recency_days,"
                    + " COUNT(CASE WHEN last_bought IS NOT NULL AND (net > 0 OR NOT has_returns) THEN 1 END) AS frequency,"
                    + " ROUND(SUM(net), 2) AS monetary FROM orders GROUP BY customer";
        }
        return "COPY (" + select + ") TO " + quoted(out) + " (HEADER, DELIMITER ',')";
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    private static String header(Path file) throws IOException {
        var in = Files.newInputStream(file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            String h = r.readLine();
            return h == null ? "" : h.replace("\uFEFF", "");
        }
    }
}
