package fangrid.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the three CSV files of the sample data: comma-separated, CRLF line ends, RFC 4180 quoting
 * where needed. Characters the declared encoding cannot represent are an error, never a silent '?'.
 */
public final class CsvFiles {

    /** The encoding of {@code orders.csv}: Microsoft's Shift_JIS (CP932). */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    /** Header of {@code orders.csv}. */
    public static final String[] ORDERS_HEADER =
        {"受注番号", "受注日時", "会員番号", "商品コード", "商品名", "カテゴリ", "数量", "単価", "小計", "区分"};
    /** Header of {@code customers.csv}. */
    public static final String[] CUSTOMERS_HEADER =
        {"会員番号", "氏名", "メールアドレス", "電話番号", "都道府県", "性別", "生年月日", "登録日", "流入経路"};
    /** Header of {@code products.csv}. */
    public static final String[] PRODUCTS_HEADER = {"商品コード", "商品名", "役割", "カテゴリ"};
    /** Format of 受注日時. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT);
    /** Format of 生年月日 and 登録日. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    /** The CSV dialect of all three files. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

    private CsvFiles() {
    }

    /**
     * Writes {@code orders.csv} in windows-31j.
     *
     * @param file  the target file
     * @param lines the rows
     * @throws IOException on a write error or a character windows-31j cannot encode
     */
    public static void writeOrders(Path file, List<OrderLine> lines) throws IOException {
        try (CSVPrinter out = printer(file, WINDOWS_31J, false)) {
            out.printRecord((Object[]) ORDERS_HEADER);
            for (OrderLine l : lines) {
                out.printRecord(l.orderId(), DATE_TIME.format(l.dateTime()), l.customerId(), l.productCode(),
                        l.productName(), l.category(), Integer.toString(l.quantity()),
                        Integer.toString(l.unitPrice()), Long.toString(l.subtotal()), l.kind().label());
            }
        }
    }

    /**
     * Writes {@code customers.csv} in UTF-8 with a byte order mark.
     *
     * @param file   the target file
     * @param people the members, in member-number order
     * @throws IOException on a write error
     */
    public static void writeCustomers(Path file, List<Person> people) throws IOException {
        try (CSVPrinter out = printer(file, StandardCharsets.UTF_8, true)) {
            out.printRecord((Object[]) CUSTOMERS_HEADER);
            for (Person p : people) {
                out.printRecord(p.id(), p.name(), p.email(), p.phone(), p.prefecture(), p.gender(),
                        date(p.birthDate()), date(p.registered()), p.channel());
            }
        }
    }

    /**
     * Writes {@code products.csv} in UTF-8 without a byte order mark.
     *
     * @param file     the target file
     * @param products the catalog
     * @throws IOException on a write error
     */
    public static void writeProducts(Path file, List<Product> products) throws IOException {
        try (CSVPrinter out = printer(file, StandardCharsets.UTF_8, false)) {
            out.printRecord((Object[]) PRODUCTS_HEADER);
            for (Product p : products) {
                out.printRecord(p.code(), p.name(), p.role().label(), p.category());
            }
        }
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    private static CSVPrinter printer(Path file, Charset charset, boolean bom) throws IOException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        OutputStream stream = Files.newOutputStream(file);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, encoder));
        if (bom) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, FORMAT);
    }
}
