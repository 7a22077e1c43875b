package fangrid.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the generated sample files back, strictly: a byte that does not decode is an error. */
public final class SampleDataReader {

    private SampleDataReader() {
    }

    /**
     * Decodes a whole file, failing on malformed or unmappable bytes.
     *
     * @param file    the file
     * @param charset its declared encoding
     * @return the text, including a leading U+FEFF if the file has a byte order mark
     * @throws IOException on a read or decoding error
     */
    public static String decode(Path file, Charset charset) throws IOException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }

    /**
     * Parses a CSV text whose first record is the header.
     *
     * @param text the decoded file, without byte order mark
     * @return the records after the header
     * @throws IOException on a CSV syntax error
     */
    public static List<List<String>> records(String text) throws IOException {
        List<List<String>> all = CsvText.parse(text);
        return all.subList(1, all.size());
    }

    /**
     * Reads {@code orders.csv}.
     *
     * @param file the file
     * @return its rows, in file order
     * @throws IOException on a read, decoding or syntax error
     */
    public static List<OrderLine> readOrders(Path file) throws IOException {
        List<OrderLine> lines = new ArrayList<>();
        for (List<String> r : records(decode(file, CsvFiles.WINDOWS_31J))) {
            lines.add(new OrderLine(r.get(0), LocalDateTime.parse(r.get(1), CsvFiles.DATE_TIME), r.get(2), r.get(3),
                    r.get(4), r.get(5), Integer.parseInt(r.get(6)), Integer.parseInt(r.get(7)),
                    Long.parseLong(r.get(8)), OrderLine.Kind.ofLabel(r.get(9))));
        }
        return lines;
    }

    /**
     * Reads {@code customers.csv}.
     *
     * @param file the file (UTF-8, with or without byte order mark)
     * @return the members, in file order
     * @throws IOException on a read, decoding or syntax error
     */
    public static List<Person> readCustomers(Path file) throws IOException {
        String text = decode(file, StandardCharsets.UTF_8);
        List<Person> people = new ArrayList<>();
        for (List<String> r : records(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            people.add(new Person(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5),
                    r.get(6).isEmpty() ? null : LocalDate.parse(r.get(6), CsvFiles.DATE),
                    LocalDate.parse(r.get(7), CsvFiles.DATE), r.get(8)));
        }
        return people;
    }

    /**
     * Reads {@code products.csv}.
     *
     * @param file the file
     * @return the role of each product code, in file order
     * @throws IOException on a read, decoding or syntax error
     */
    public static Map<String, Product.Role> readProductRoles(Path file) throws IOException {
        Map<String, Product.Role> roles = new LinkedHashMap<>();
        for (List<String> r : records(decode(file, StandardCharsets.UTF_8))) {
            Product.Role role = null;
            for (Product.Role candidate : Product.Role.values()) {
                if (candidate.label().equals(r.get(2))) {
                    role = candidate;
                }
            }
            if (role == null) {
                throw new IOException("unknown 役割 " + r.get(2) + " for " + r.get(0));
            }
            roles.put(r.get(0), role);
        }
        return roles;
    }

    /**
     * Reads the {@code アンケート} sheet of {@code survey.xlsx}.
     *
     * @param file the workbook
     * @return its answers, in sheet order
     * @throws IOException on a read error or an unknown label
     */
    public static List<SurveyAnswer> readSurvey(Path file) throws IOException {
        List<SurveyAnswer> answers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(SurveyWorkbook.SHEET);
            if (sheet == null) {
                throw new IOException("no sheet " + SurveyWorkbook.SHEET);
            }
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                String fav = text(row.getCell(2));
                answers.add(new SurveyAnswer(text(row.getCell(0)),
                        row.getCell(1).getLocalDateTimeCellValue().toLocalDate(),
                        fav == null ? null : SurveyLabels.favorabilityCode(fav),
                        SurveyLabels.usageCode(text(row.getCell(3))),
                        number(row.getCell(4)), number(row.getCell(5)), text(row.getCell(6))));
            }
        }
        return answers;
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }

    private static Integer number(Cell cell) {
        return cell == null ? null : (int) cell.getNumericCellValue();
    }
}
