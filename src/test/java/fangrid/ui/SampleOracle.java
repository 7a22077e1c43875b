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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample shop's grid, first category and customers' timelines computed straight from sample-data/ with
 * DOMAIN.md's definitions, independently of the app's import and SQL: what the window must show.
 */
final class SampleOracle {
    private static final String[] FAVORABILITY = {"実は好きではない", "あまり好きではない", "好きでも嫌いでもない",
        "まあまあ好き", "好き", "大好き", "人に紹介するほど大好き"};

    final int[] gridCounts;
    int base;
    int firstCategory;
    /** Per buyer: days since the last purchase, purchase occasions, net sales. */
    private final Map<String, double[]> buyers = new HashMap<>();
    /** Per customer: their timeline events as text (see {@link #timeline}). */
    private final Map<String, List<String>> events = new HashMap<>();

    private record Order(String customer, boolean purchase, boolean returned, LocalDate firstPurchase,
                         LocalDate lastPurchase, double bought, double net, boolean main) {
    }

    /** The R × F grid for some recency bands: customers and net sales per cell, by cell index (R1F1 = 0). */
    record Grid(int[] customers, double[] sales) {
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
        Map<String, Double> returns = new TreeMap<>();
        LocalDate latest = LocalDate.MIN;
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
        for (CSVRecord r : csv(dir.resolve("orders.csv"), Charset.forName("windows-31j"))) {
            LocalDate d = LocalDate.parse(r.get("受注日時"), f);
            latest = d.isAfter(latest) ? d : latest;
            boolean ret = r.get("区分").equals("返品");
            double amount = Double.parseDouble(r.get("小計"));
            String customer = r.get("会員番号");
            people.add(customer);
            Order o = orders.getOrDefault(r.get("受注番号"), new Order(customer, false, false, null, null, 0, 0, false));
            LocalDate first = ret || o.firstPurchase != null && !d.isBefore(o.firstPurchase) ? o.firstPurchase : d;
            LocalDate last = ret || o.lastPurchase != null && !d.isAfter(o.lastPurchase) ? o.lastPurchase : d;
            orders.put(r.get("受注番号"), new Order(customer, o.purchase || !ret, o.returned || ret, first, last,
                    o.bought + (ret ? 0 : amount), o.net + amount, o.main || !ret && mainProducts.contains(r.get("商品コード"))));
            if (ret) {
                returns.merge(customer + " " + d + " " + r.get("受注番号"), -amount, Double::sum);
            }
        }
        LocalDate asOf = latest.plusDays(1);
        Map<String, int[]> mainOccasions = new HashMap<>();
        for (Map.Entry<String, Order> e : orders.entrySet()) {
            Order o = e.getValue();
            double[] c = buyers.computeIfAbsent(o.customer, k -> new double[] {Integer.MAX_VALUE, 0, 0});
            if (o.lastPurchase != null) {
                c[0] = Math.min(c[0], ChronoUnit.DAYS.between(o.lastPurchase, asOf));
            }
            c[2] += o.net;
            if (o.purchase && (o.net > 0 || !o.returned)) {
                c[1]++;
                mainOccasions.computeIfAbsent(o.customer, k -> new int[1])[0] += o.main ? 1 : 0;
            }
            if (o.purchase) {
                event(o.customer, o.firstPurchase + " purchase " + e.getKey() + " " + Math.round(o.bought));
            }
        }
        returns.forEach((key, amount) -> {
            String[] k = key.split(" ");
            event(k[0], k[1] + " return " + k[2] + " " + Math.round(amount));
        });
        buyers.values().removeIf(c -> c[1] == 0);
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
                var cell = row.getCell(2);
                String fav = cell == null ? "" : cell.getStringCellValue();
                event(id, date + " answer " + (List.of(FAVORABILITY).indexOf(fav) + 1));
                if (!answered.containsKey(id) || !date.isBefore(answered.get(id))) {
                    answered.put(id, date);
                    favorability.put(id, fav);
                }
            }
        }
        for (Map.Entry<String, int[]> e : mainOccasions.entrySet()) {
            String fav = favorability.get(e.getKey());
            if (e.getValue()[0] >= 3 && ("人に紹介するほど大好き".equals(fav) || "大好き".equals(fav))) {
                firstCategory++;
            }
        }
        base = people.size();
        gridCounts = grid(90, 180).customers();
    }

    private void event(String customer, String text) {
        events.computeIfAbsent(customer, k -> new ArrayList<>()).add(text);
    }

    /** The grid with R1 up to {@code r1MaxDays} and R2 up to {@code r2MaxDays} since the last purchase. */
    Grid grid(int r1MaxDays, int r2MaxDays) {
        int[] customers = new int[9];
        double[] sales = new double[9];
        for (double[] c : buyers.values()) {
            int r = c[0] <= r1MaxDays ? 0 : c[0] <= r2MaxDays ? 1 : 2;
            int cell = r * 3 + (int) Math.min(c[1], 3) - 1;
            customers[cell]++;
            sales[cell] += c[2];
        }
        return new Grid(customers, sales);
    }

    /**
     * A customer's purchases (per order: its first purchase line's date, the order id, the purchase lines' amount),
     * returns (per order and day, the amount returned) and survey answers (the favorability code, 0 for none) as
     * {@code "2024-05-01 purchase 202405010003 5980"}, {@code "… return … 880"}, {@code "2025-07-02 answer 6"};
     * in no particular order.
     */
    List<String> timeline(String customer) {
        return events.getOrDefault(customer, List.of());
    }

    private static Iterable<CSVRecord> csv(Path file, Charset cs) throws IOException {
        Reader r = new java.io.InputStreamReader(new org.apache.commons.io.input.BOMInputStream(Files.newInputStream(file)), cs);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
    }
}
