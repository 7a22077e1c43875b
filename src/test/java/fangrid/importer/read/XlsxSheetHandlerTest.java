package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The sheet handler reads every kind of cell as POI's own sheet handler did before it replaced it. */
class XlsxSheetHandlerTest {
    private static final String SHEET = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                       xmlns:x="urn:other"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>a_x000D_b</t></is></c>
              <c r="D1" t="inlineStr"><is><r><t>ri</t></r><r><t xml:space="preserve"> ch </t></r><rPh><t>ヨミ</t></rPh></is></c>
              <c r="E1" t="inlineStr"><is><t></t></is></c><x:c r="F1"><x:v>ignored</x:v></x:c></row>
            <row><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1</f><v>text</v></c>
              <c s="1"><f>B5+1</f><v>45297.5</v></c><c t="s"><v> 1 </v></c></row>
            <row r="5"><c r="B5" s="1"><v>45296</v></c><c r="C5" s="2"><v>1234.5</v></c><c r="D5" s="3"><v>123</v></c>
              <c r="E5"><v>13085</v></c><c r="F5" s="4"><v>45296.25</v></c><c r="G5" t="n" s="2"><v> 12 </v></c>
              <c r="AA5" s="2"><v>1E+20</v></c><c r="AB5" s="2"><v>4901234567890</v></c></row>
            <row r="7"><c r="A7" s="1"/><c r="B7"><v></v></c></row>
            <row r="8"><c r="A8" t="s"><v>1</v></c><c r="B8" t="s"><v></v></c><c r="C8" s="1"><v>-5</v></c>
              <c r="E8" s="1"><v>45296</v></c><c r="F8" s="3"><v>123</v></c>
              <c r="g8" s="2"><v>7</v></c><c r="$H$8"><v>8</v></c></row>
            <row><c r="XFD9"><v>9</v></c></row>
            </sheetData></worksheet>""";

    @Test
    void readsEveryKindOfCellAsPoisSheetHandler() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            style(wb, wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
            style(wb, wb.createDataFormat().getFormat("\"¥\"#,##0"));
            style(wb, wb.createDataFormat().getFormat("00000"));
            style(wb, (short) 31); // a Japanese built-in date format, stored only as its number
            wb.getSharedStringSource().addSharedStringItem(new XSSFRichTextString("共有"));
            wb.getSharedStringSource().addSharedStringItem(new XSSFRichTextString("x_x0041_y"));

            List<String> ours = read(new XlsxSheetHandler(new WorkbookRow(collect(), true),
                    new XlsxCellText(wb.getStylesSource(), wb.getSharedStringSource())));
            List<String> pois = read(new XSSFSheetXMLHandler(wb.getStylesSource(), wb.getSharedStringSource(),
                    new PoiRows(), new CellTextFormatter(), false));
            assertEquals(pois, ours);
            assertEquals(5, ours.size());
        }
    }

    @Test
    void aValueThatIsNoNumberIsReadAsItsText() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxCellText text = new XlsxCellText(wb.getStylesSource(), wb.getSharedStringSource());
            assertEquals("2024-01-05", text.number("2024-01-05", text.format(null)), "an ISO date cell (t=\"d\")");
            assertEquals("12.5", text.number("12.50", text.format(null)));
        }
    }

    private static void style(XSSFWorkbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
    }

    private final List<String> rows = new ArrayList<>();

    private RowHandler collect() {
        rows.clear();
        return (n, cells) -> rows.add(n + ": " + String.join(" | ", cells));
    }

    private List<String> read(ContentHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(new StringReader(SHEET)));
        return List.copyOf(rows);
    }

    /** What the reader handed POI's handler before: cells into a {@link WorkbookRow} by their column. */
    private final class PoiRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final WorkbookRow row = new WorkbookRow(collect(), true);

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
            row.end(rowNum + 1L);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            row.set(ref == null ? row.width() : new CellReference(ref).getCol(), value == null ? "" : value);
        }
    }
}
