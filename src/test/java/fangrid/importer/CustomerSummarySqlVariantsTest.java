package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.DataKind;
import fangrid.domain.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL, BigQuery and Spark SQL variants of the customer summary cannot run here, so they are held to the
 * DuckDB one, which CustomerSummarySqlTest runs: the same query but for the dialect differences their headers list,
 * the same column contract in their headers, and that contract is exactly the fields import kind customer-summary reads.
 */
class CustomerSummarySqlVariantsTest {
    private static final Path SQL = Path.of("src/main/resources/sql");
    private static final String LAG = "LAG(order_day) OVER (PARTITION BY customer_id ORDER BY order_day)";
    /** Each variant's documented differences, written back into DuckDB's words. */
    private static final Map<String, List<String[]>> DIALECT = Map.of(
            "postgresql", List.of(new String[] {"DOUBLE PRECISION", "DOUBLE"},
                    new String[] {"order_day - " + LAG, "date_diff('day', " + LAG + ", order_day)"}),
            "bigquery", List.of(new String[] {"FLOAT64", "DOUBLE"}, new String[] {"fangrid.fangrid_", "fangrid_"},
                    new String[] {"DATE_DIFF(order_day, " + LAG + ", DAY)", "date_diff('day', " + LAG + ", order_day)"}),
            "spark", List.of(new String[] {"TEMPORARY VIEW", "VIEW"},
                    new String[] {"DATEDIFF(order_day, " + LAG + ")", "date_diff('day', " + LAG + ", order_day)"}));

    private static String read(String engine) throws Exception {
        return Files.readString(SQL.resolve("customer-summary." + engine + ".sql"));
    }

    /** The statement, without the header's comments. */
    private static String query(String sql) {
        return sql.substring(sql.indexOf("\nCREATE OR REPLACE") + 1);
    }

    /** The header's column contract: its lines from "OUTPUT" to the first blank comment line after the columns. */
    private static String contract(String sql) {
        int from = sql.indexOf("-- OUTPUT");
        int to = sql.indexOf("--\n", from);
        return sql.substring(sql.indexOf('\n', from) + 1, to);
    }

    @Test
    void everyVariantIsTheDuckDbQueryButForItsDocumentedDialect() throws Exception {
        String duckdb = query(read("duckdb"));
        for (var variant : DIALECT.entrySet()) {
            String q = query(read(variant.getKey()));
            for (String[] difference : variant.getValue()) {
                q = q.replace(difference[0], difference[1]);
            }
            assertEquals(duckdb, q, variant.getKey());
        }
    }

    @Test
    void everyVariantDocumentsTheColumnsTheImportReadsInTheOrderTheQueryWritesThem() throws Exception {
        List<String> fields = new ArrayList<>();
        fields.add(Field.CUSTOMER_ID.id());
        Field.of(DataKind.CUSTOMER_SUMMARY).stream().filter(f -> f != Field.CUSTOMER_ID).forEach(f -> fields.add(f.id()));
        String duckdb = read("duckdb");
        List<String> documented = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^--   ([a-z_]+) +(text|date|integer|decimal) ").matcher(contract(duckdb));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(fields, documented, "the header's contract");
        List<String> selected = new ArrayList<>();
        String finalSelect = duckdb.substring(duckdb.lastIndexOf("\nSELECT "), duckdb.lastIndexOf("\nFROM known"));
        Matcher alias = Pattern.compile("(?m)(?:AS ([a-z_]+),?$|^(?:SELECT |       )[a-z]\\.([a-z_]+),?$)").matcher(finalSelect);
        while (alias.find()) {
            selected.add(alias.group(1) != null ? alias.group(1) : alias.group(2));
        }
        assertEquals(fields, selected, "the final SELECT's columns");
        for (String engine : DIALECT.keySet()) {
            assertEquals(contract(duckdb), contract(read(engine)), engine);
        }
    }
}
