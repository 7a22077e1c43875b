package fangrid.bench;

import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark input (not a test): writes UCI Online Retail as the workbook a shop would have, streamed with POI's
 * SXSSF: numbers as numbers, InvoiceDate as a date cell, CustomerID as a number (Excel's 13085 for "13085").
 * <pre>java -cp … fangrid.bench.CsvToXlsx OnlineRetail.csv.gz OnlineRetail.xlsx</pre>
 */
public final class CsvToXlsx {
    private CsvToXlsx() {
    }

    public static void main(String[] args) throws Exception {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (Reader in = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(args[0]))),
                StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().build().parse(in);
             SXSSFWorkbook wb = new SXSSFWorkbook(1000);
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Online Retail");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < csv.getHeaderNames().size(); c++) {
                head.createCell(c).setCellValue(csv.getHeaderNames().get(c));
            }
            int r = 1;
            for (CSVRecord rec : csv) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rec.get("InvoiceNo"));
                row.createCell(1).setCellValue(rec.get("StockCode"));
                row.createCell(2).setCellValue(rec.get("Description"));
                row.createCell(3).setCellValue(Double.parseDouble(rec.get("Quantity")));
                var d = row.createCell(4);
                d.setCellValue(LocalDateTime.parse(rec.get("InvoiceDate"), time));
                d.setCellStyle(date);
                row.createCell(5).setCellValue(Double.parseDouble(rec.get("UnitPrice")));
                if (!rec.get("CustomerID").isEmpty()) {
                    row.createCell(6).setCellValue(Double.parseDouble(rec.get("CustomerID")));
                }
                row.createCell(7).setCellValue(rec.get("Country"));
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
