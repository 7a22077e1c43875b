package fangrid.importer.read;

import fangrid.importer.parse.PlainNumbers;
import fangrid.importer.read.CellTextFormatter.NumberFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The text of an .xlsx cell from its stored value, the same text POI's {@code XSSFSheetXMLHandler} hands on (and
 * {@link CellTextFormatter} formats), without the objects POI makes per cell: a rich-text object for every string,
 * and a look at the number format for every number. A style's format is looked at once, a shared string is
 * decoded once, and a number repeated in the same format (an order's date, its customer) is formatted once.
 */
final class XlsxCellText {
    /** Stands for "no number format": the stored value is the text. */
    private static final NumberFormat RAW = new NumberFormat(-1, null, false, false);

    private final Styles styles;
    private final SharedStrings strings;
    private final CellTextFormatter formatter = new CellTextFormatter();
    private final Map<String, NumberFormat> formatsByStyle = new HashMap<>();
    private String[] sharedTexts = new String[1024];
    private NumberFormat lastFormat;
    private String lastNumber;
    private String lastNumberText;

    XlsxCellText(Styles styles, SharedStrings strings) {
        this.styles = styles;
        this.strings = strings;
    }

    /** The number format of a cell with style attribute {@code s} (null without one), as POI picks it. */
    NumberFormat format(String s) {
        NumberFormat f = formatsByStyle.get(s);
        if (f == null) {
            f = lookUp(s);
            formatsByStyle.put(s, f);
        }
        return f;
    }

    private NumberFormat lookUp(String s) {
        XSSFCellStyle style = null;
        if (styles != null) {
            if (s != null) {
                style = styles.getStyleAt(Integer.parseInt(s));
            } else if (styles.getNumCellStyles() > 0) {
                style = styles.getStyleAt(0);
            }
        }
        if (style == null) {
            return RAW;
        }
        String format = style.getDataFormatString();
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(style.getDataFormat());
        }
        return format == null ? RAW : NumberFormat.of(style.getDataFormat(), format);
    }

    /**
     * A number cell (or a formula's cached result) in its format; the stored text when it is no number, such as an
     * ISO date stored as text ({@code t="d"}), where POI 5.3's sheet handler stopped (later versions also keep the text).
     */
    String number(String stored, NumberFormat f) {
        if (f == RAW || stored.isEmpty()) {
            return stored;
        }
        if (f == lastFormat && stored.equals(lastNumber)) {
            return lastNumberText;
        }
        String text;
        try {
            double plain = PlainNumbers.parse(stored);
            text = formatter.text(Double.isNaN(plain) ? Double.parseDouble(stored.trim()) : plain, f, false);
        } catch (RuntimeException notANumber) {
            return stored;
        }
        lastFormat = f;
        lastNumber = stored;
        lastNumberText = text;
        return text;
    }

    /** The shared string at the index a cell stores, or null when it stores none. */
    String shared(String stored) {
        if (stored.isEmpty()) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(stored);
        } catch (NumberFormatException e) {
            return null;
        }
        String text = i >= 0 && i < sharedTexts.length ? sharedTexts[i] : null;
        if (text == null) {
            text = strings.getItemAt(i).toString();
            if (i >= sharedTexts.length) {
                sharedTexts = Arrays.copyOf(sharedTexts, Math.max(i + 1, 2 * sharedTexts.length));
            }
            sharedTexts[i] = text;
        }
        return text;
    }

    /** An inline string: as stored, but for Excel's {@code _xHHHH_} escapes, which POI's rich text decodes. */
    static String inline(String stored) {
        return stored.contains("_x") ? new XSSFRichTextString(stored).toString() : stored;
    }
}
