package fangrid.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample shop's grid and first category computed straight from sample-data/ with DOMAIN.md's definitions,
 * independently of the app's import and SQL: what the window must show.
 */
final class SampleOracle {
    final int[] gridCounts = new int[9];
    int base;
    int firstCategory;

    private record Order(String customer, boolean purchase, boolean returned, LocalDate lastPurchase, double net,
                         boolean main) {
    }

    SampleOracle(Path dir) throws IOException {
        Set<String> people = new HashSet<>();
        Set<String> mainProducts = new HashSet<>();
        for (CSVRecord r : csv(dir.resolve("products.csv"), StandardCharsets.UTF_8)) {
            if (r.get("役割").equals("本製品")) {
                mainProducts.add(r.get("商品コード"));
            }
        }
        for (CSVRecord r : csv(dir.resolve("customers.csv"), StandardCharsets.UTF_8)) {
            people.add(r.get("会員番号"));
        }
        Map<String, Order> orders = new TreeMap<>();
        LocalDate latest = LocalDate.MIN;
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
        for (CSVRecord r : csv(dir.resolve("orders.csv"), Charset.forName("windows-31j"))) {
            LocalDate d = LocalDate.parse(r.get("受注日時"), f);
            latest = d.isAfter(latest) ? d : latest;
            boolean ret = r.get("区分").equals("返品");
            double amount = Double.parseDouble(r.get("小計"));
            String customer = r.get("会員番号");
            people.add(customer);
            Order o = orders.getOrDefault(r.get("受注番号"), new Order(customer, false, false, null, 0, false));
            LocalDate last = ret ? o.lastPurchase : (o.lastPurchase == null || d.isAfter(o.lastPurchase) ? d : o.lastPurchase);
            orders.put(r.get("受注番号"), new Order(customer, o.purchase || !ret, o.returned || ret, last, o.net + amount,
                    o.main || !ret && mainProducts.contains(r.get("商品コード"))));
        }
        LocalDate asOf = latest.plusDays(1);
        Map<String, int[]> perCustomer = new HashMap<>();
        for (Order o : orders.values()) {
            int[] c = perCustomer.computeIfAbsent(o.customer, k -> new int[] {Integer.MAX_VALUE, 0, 0});
            if (o.lastPurchase != null) {
                c[0] = Math.min(c[0], (int) ChronoUnit.DAYS.between(o.lastPurchase, asOf));
            }
            if (o.purchase && (o.net > 0 || !o.returned)) {
                c[1]++;
                c[2] += o.main ? 1 : 0;
            }
        }
        Map<String, String> favorability = new HashMap<>();
        try (InputStream in = Files.newInputStream(dir.resolve("survey.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Map<String, LocalDate> answered = new HashMap<>();
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String id = row.getCell(0).getStringCellValue();
                people.add(id);
                LocalDate date = row.getCell(1).getLocalDateTimeCellValue().toLocalDate();
                if (!answered.containsKey(id) || !date.isBefore(answered.get(id))) {
                    answered.put(id, date);
                    var cell = row.getCell(2);
                    favorability.put(id, cell == null ? "" : cell.getStringCellValue());
                }
            }
        }
        for (Map.Entry<String, int[]> e : perCustomer.entrySet()) {
            int[] c = e.getValue();
            if (c[1] > 0) {
                int r = c[0] <= 90 ? 0 : c[0] <= 180 ? 1 : 2;
                gridCounts[r * 3 + Math.min(c[1], 3) - 1]++;
            }
            String fav = favorability.get(e.getKey());
            if (c[2] >= 3 && ("人に紹介するほど大好き".equals(fav) || "大好き".equals(fav))) {
                firstCategory++;
            }
        }
        base = people.size();
    }

    private static Iterable<CSVRecord> csv(Path file, Charset cs) throws IOException {
        Reader r = new java.io.InputStreamReader(new org.apache.commons.io.input.BOMInputStream(Files.newInputStream(file)), cs);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
}
