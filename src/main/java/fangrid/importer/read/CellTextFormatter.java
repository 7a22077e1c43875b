package fangrid.importer.read;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns a workbook's numeric cell into the text the importer reads, the same for .xlsx and .xls:
 * a date cell as ISO text ({@code 2024-01-05} or {@code 2024-01-05T13:45}) whatever its display format;
 * a number as its full value ({@code 13085}, {@code 1234.5}, {@code 4901234567890}) rather than as displayed
 * ({@code ¥1,235}, {@code 4.90123E+12}), since an amount or a product code must not be rounded;
 * but with its display when the format pads with zeros ({@code 00123}), where the zeros are part of an id.
 * Japanese Excel's built-in date formats (ids 27–36 and 50–58, e.g. {@code yyyy"年"m"月"d"日"} and 和暦) are not
 * stored in the file and POI knows them only as "reserved": they are dates too.
 */
final class CellTextFormatter extends DataFormatter {
    /** A cell's number format with what this formatter needs to know of it, worked out once per format. */
    record NumberFormat(int index, String format, boolean date, boolean padsWithZeros) {
        static NumberFormat of(int index, String format) {
            return new NumberFormat(index, format,
                    isCjkBuiltinDate(index) || format != null && DateUtil.isADateFormat(index, format),
                    format != null && CellTextFormatter.padsWithZeros(format));
        }
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        return text(value, NumberFormat.of(formatIndex, formatString), use1904);
    }

    /** As {@link #formatRawCellContents(double, int, String, boolean)}, for a format already looked at. */
    String text(double value, NumberFormat f, boolean use1904) {
        if (f.date() && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904, true);
            return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
        }
        if (f.padsWithZeros()) {
            return super.formatRawCellContents(value, f.index(), f.format(), use1904);
        }
        return NumberToTextConverter.toText(value);
    }

    /** Built-in formats 27–36 and 50–58: in Japanese (and Chinese, Korean) Excel, all dates or times. */
    static boolean isCjkBuiltinDate(int formatIndex) {
        return formatIndex >= 27 && formatIndex <= 36 || formatIndex >= 50 && formatIndex <= 58;
    }

    /** Whether the format's first section shows two or more digits as {@code 0} before any decimal point. */
    static boolean padsWithZeros(String format) {
        int zeros = 0;
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';' || c == '.' || c == 'E' || c == 'e') {
                break;
            } else if (c == '0') {
                zeros++;
            }
        }
        return zeros >= 2;
    }
}
