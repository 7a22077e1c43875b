package fangrid.sampledata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code survey.xlsx}: one sheet {@code アンケート} with real date cells. The file is byte-identical
 * from run to run: the document dates are fixed and the package is re-zipped with fixed entry times.
 */
public final class SurveyWorkbook {

    /** Name of the only sheet. */
    public static final String SHEET = "アンケート";
    /** Header row. */
    public static final String[] HEADER = {"会員番号", "回答日", "好感度", "ご利用頻度", "事前期待", "事後評価", "コメント"};
    /** The fixed creation / modification time of the document and of every zip entry. */
    public static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 10, 1, 0, 0);

    private static final int[] COLUMN_WIDTHS = {12, 12, 26, 34, 10, 10, 48};

    private SurveyWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param file    the target file
     * @param answers the survey rows, in the order to write them
     * @throws IOException on a write error
     */
    public static void write(Path file, List<SurveyAnswer> answers) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, answers);
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("FanGrid sample data generator");
            core.setTitle("お客様アンケート 2025年夏");
            wb.write(raw);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(normalizeZip(raw.toByteArray()));
        }
    }

    private static void fill(XSSFWorkbook wb, List<SurveyAnswer> answers) {
        XSSFSheet sheet = wb.createSheet(SHEET);
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd"));
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
        }
        int r = 1;
        for (SurveyAnswer a : answers) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(a.customerId());
            Cell date = row.createCell(1);
            date.setCellValue(a.answered());
            date.setCellStyle(dateStyle);
            if (a.favorability() != null) {
                row.createCell(2).setCellValue(SurveyLabels.favorability(a.favorability()));
            }
            row.createCell(3).setCellValue(SurveyLabels.usage(a.usage()));
            if (a.expectation() != null) {
                row.createCell(4).setCellValue(a.expectation());
            }
            if (a.evaluation() != null) {
                row.createCell(5).setCellValue(a.evaluation());
            }
            if (a.comment() != null) {
                row.createCell(6).setCellValue(a.comment());
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * Re-zips a package with every entry stamped {@link #FIXED_TIME}, keeping entry order and content.
     * The time is stored as a plain DOS time, so it does not depend on the time zone.
     *
     * @param zip the package bytes
     * @return the normalized package bytes
     * @throws IOException if the bytes are not a zip file
     */
    static byte[] normalizeZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
