package fangrid.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated files have the declared encodings, line ends, headers, value formats and cross references. */
class SampleDataFormatTest {

    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}/\\d{2}/\\d{2}");
    private static final Pattern MEMBER = Pattern.compile("M\\d{6}");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._]+@example\\.(jp|com)");
    private static final Pattern PHONE = Pattern.compile("0[789]0-0\\d{3}-\\d{4}");

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        SampleDataGenerator.generate(dir);
    }

    private static List<List<String>> csv(String name, Charset charset, boolean bom, String header) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(name));
        boolean hasBom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        assertEquals(bom, hasBom, name + " byte order mark");
        String text = SampleDataReader.decode(dir.resolve(name), charset);
        text = bom ? text.substring(1) : text;
        assertTrue(text.startsWith(header + "\r\n"), name + " header");
        List<List<String>> records = CsvText.parse(text);
        int columns = header.split(",").length;
        records.forEach(r -> assertEquals(columns, r.size(), name + " record " + r));
        return records.subList(1, records.size());
    }

    @Test
    void ordersAreWindows31jWithTheDeclaredColumns() throws IOException {
        List<List<String>> rows = csv("orders.csv", CsvFiles.WINDOWS_31J, false,
                "受注番号,受注日時,会員番号,商品コード,商品名,カテゴリ,数量,単価,小計,区分");
        Map<String, List<String>> products = productsByCode();
        LocalDate latest = LocalDate.MIN;
        for (List<String> r : rows) {
            assertTrue(r.get(0).matches("\\d{12}"), r.toString());
            assertTrue(DATE_TIME.matcher(r.get(1)).matches(), r.toString());
            assertTrue(MEMBER.matcher(r.get(2)).matches(), r.toString());
            assertEquals(products.get(r.get(3)).get(1), r.get(4), "name of " + r.get(3));
            assertEquals(products.get(r.get(3)).get(3), r.get(5), "category of " + r.get(3));
            int qty = Integer.parseInt(r.get(6));
            int price = Integer.parseInt(r.get(7));
            assertTrue(r.get(7).matches("\\d+") && r.get(8).matches("-?\\d+"), r.toString());
            assertEquals((long) qty * price, Long.parseLong(r.get(8)), "小計 = 数量 × 単価 in " + r);
            assertTrue(r.get(9).equals("受注") ? qty > 0 : r.get(9).equals("返品") && qty < 0, r.toString());
            if (r.get(9).equals("受注")) {
                assertEquals(r.get(1).substring(0, 10).replace("/", ""), r.get(0).substring(0, 8), r.toString());
            }
            String role = products.get(r.get(3)).get(2);
            int[] range = role.equals("モニター") ? new int[] {1000, 2000}
                    : role.equals("本製品") ? new int[] {4000, 8000} : new int[] {800, 6000};
            assertTrue(price >= range[0] && price <= range[1], "unit price of " + r);
            LocalDate day = LocalDate.parse(r.get(1).substring(0, 10), CsvFiles.DATE);
            assertFalse(day.isBefore(LocalDate.of(2023, 4, 1)), r.toString());
            latest = day.isAfter(latest) ? day : latest;
        }
        assertEquals(LocalDate.of(2025, 9, 30), latest);
    }

    @Test
    void ordersUseCharactersThatOnlyWindows31jCanEncode() throws IOException {
        String text = SampleDataReader.decode(dir.resolve("orders.csv"), CsvFiles.WINDOWS_31J);
        Set<Character> special = new HashSet<>();
        for (char c : text.toCharArray()) {
            if (!SHIFT_JIS.newEncoder().canEncode(c) && CsvFiles.WINDOWS_31J.newEncoder().canEncode(c)) {
                special.add(c);
            }
        }
        assertTrue(special.containsAll(Set.of('①', '㈱', '髙')), special.toString());
        assertTrue(text.contains("\"ハンドクリーム 30g (無香料, ミニサイズ)\""), "a name with a comma is quoted");
        assertTrue(text.contains("\"ルミナ \"\"Premium\"\" ギフトセット 化粧箱入\""), "a name with quotes is escaped");
    }

    @Test
    void returnLinesRepeatTheirOrderLaterWithNegativeQuantities() throws IOException {
        List<List<String>> rows = csv("orders.csv", CsvFiles.WINDOWS_31J, false, String.join(",", CsvFiles.ORDERS_HEADER));
        Map<String, List<List<String>>> orders = new HashMap<>();
        Map<String, List<List<String>>> returns = new HashMap<>();
        for (List<String> r : rows) {
            (r.get(9).equals("受注") ? orders : returns).computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r);
        }
        int whole = 0;
        int partial = 0;
        for (Map.Entry<String, List<List<String>>> e : returns.entrySet()) {
            List<List<String>> original = orders.get(e.getKey());
            assertNotNull(original, "return without order " + e.getKey());
            for (List<String> ret : e.getValue()) {
                List<String> line = original.stream().filter(o -> o.get(3).equals(ret.get(3))).findFirst().orElseThrow();
                assertEquals(line.get(2), ret.get(2), "customer of " + ret);
                assertEquals(line.get(7), ret.get(7), "unit price of " + ret);
                assertTrue(ret.get(1).compareTo(line.get(1)) > 0, "return after its order: " + ret);
                assertTrue(-Integer.parseInt(ret.get(6)) <= Integer.parseInt(line.get(6)), ret.toString());
            }
            if (e.getValue().size() == original.size()) {
                whole++;
            } else {
                partial++;
            }
        }
        assertTrue(whole > 20 && partial > 20, whole + " whole, " + partial + " partial");
    }

    @Test
    void customersAreUtf8WithBomAndPlausibleFakes() throws IOException {
        List<List<String>> rows = csv("customers.csv", StandardCharsets.UTF_8, true,
                "会員番号,氏名,メールアドレス,電話番号,都道府県,性別,生年月日,登録日,流入経路");
        Set<String> emails = new HashSet<>();
        Map<String, Integer> prefectures = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            assertEquals(String.format(java.util.Locale.ROOT, "M%06d", i + 1), r.get(0));
            assertTrue(r.get(1).matches("\\p{IsHan}[\\p{IsHan}々]*\u3000[\\p{IsHan}\\p{IsHiragana}々]+"), r.get(1));
            assertTrue(EMAIL.matcher(r.get(2)).matches() && emails.add(r.get(2)), r.get(2));
            assertTrue(r.get(3).isEmpty() || PHONE.matcher(r.get(3)).matches(), r.get(3));
            prefectures.merge(r.get(4), 1, Integer::sum);
            assertTrue(Set.of("男性", "女性", "回答しない").contains(r.get(5)), r.get(5));
            assertTrue(r.get(6).isEmpty() || DATE.matcher(r.get(6)).matches(), r.get(6));
            assertTrue(DATE.matcher(r.get(7)).matches(), r.get(7));
            assertTrue(Set.of("検索広告", "SNS", "紹介", "LINE", "チラシ", "自然検索", "アフィリエイト").contains(r.get(8)));
        }
        assertTrue(Set.of(Prefectures.NAMES).containsAll(prefectures.keySet()));
        assertTrue(prefectures.size() >= 45, prefectures.keySet().toString());
        int tokyo = prefectures.get("東京都");
        assertTrue(prefectures.values().stream().allMatch(n -> n <= tokyo), "東京都 is the largest");
    }

    @Test
    void everyOrderAndAnswerBelongsToARegisteredMember() throws IOException {
        Map<String, Person> people = new HashMap<>();
        SampleDataReader.readCustomers(dir.resolve("customers.csv")).forEach(p -> people.put(p.id(), p));
        for (OrderLine l : SampleDataReader.readOrders(dir.resolve("orders.csv"))) {
            Person p = people.get(l.customerId());
            assertNotNull(p, l.customerId());
            assertFalse(l.dateTime().toLocalDate().isBefore(p.registered()), "order before registration " + l);
        }
        Set<String> answered = new HashSet<>();
        for (SurveyAnswer a : SampleDataReader.readSurvey(dir.resolve("survey.xlsx"))) {
            assertNotNull(people.get(a.customerId()), a.customerId());
            assertTrue(answered.add(a.customerId()), "one answer per member");
            assertFalse(a.answered().isBefore(people.get(a.customerId()).registered()), a.toString());
        }
    }

    @Test
    void productsAreUtf8WithoutBomAndOneMainAndOneTrialProduct() throws IOException {
        List<List<String>> rows = csv("products.csv", StandardCharsets.UTF_8, false, "商品コード,商品名,役割,カテゴリ");
        assertEquals(1, rows.stream().filter(r -> r.get(2).equals("本製品")).count());
        assertEquals(1, rows.stream().filter(r -> r.get(2).equals("モニター")).count());
        assertTrue(rows.stream().filter(r -> r.get(2).equals("その他")).count() >= 15);
        assertEquals(rows.size(), rows.stream().filter(r -> Set.of("本製品", "モニター", "その他").contains(r.get(2))).count());
        assertTrue(rows.stream().map(r -> r.get(3)).distinct().count() >= 4);
    }

    @Test
    void surveyHasOneSheetWithRealDateCellsAndExactLabels() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("survey.xlsx")); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet sheet = wb.getSheet("アンケート");
            assertNotNull(sheet);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("会員番号", "回答日", "好感度", "ご利用頻度", "事前期待", "事後評価", "コメント"), header);
            int blankScores = 0;
            int comments = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                Cell date = row.getCell(1);
                assertEquals(CellType.NUMERIC, date.getCellType());
                assertTrue(DateUtil.isCellDateFormatted(date));
                assertEquals("yyyy/mm/dd", date.getCellStyle().getDataFormatString());
                Cell fav = row.getCell(2);
                if (fav != null) {
                    SurveyLabels.favorabilityCode(fav.getStringCellValue());
                }
                SurveyLabels.usageCode(row.getCell(3).getStringCellValue());
                for (int c = 4; c <= 5; c++) {
                    Cell score = row.getCell(c);
                    if (score == null) {
                        blankScores++;
                    } else {
                        double v = score.getNumericCellValue();
                        assertTrue(v == Math.rint(v) && v >= 1 && v <= 5, "score " + v);
                    }
                }
                comments += row.getCell(6) == null ? 0 : 1;
            }
            assertTrue(blankScores > 0 && comments > 0 && comments < sheet.getLastRowNum());
        }
    }

    private static Map<String, List<String>> productsByCode() throws IOException {
        Map<String, List<String>> byCode = new HashMap<>();
        csv("products.csv", StandardCharsets.UTF_8, false, "商品コード,商品名,役割,カテゴリ").forEach(r -> byCode.put(r.get(0), r));
        return byCode;
    }
}
