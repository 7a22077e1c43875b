package fangrid.importer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DateOrder;
import fangrid.domain.DecimalMark;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-01-05|2024-01-05",
        "2024/1/5|2024-01-05",
        "2024年1月5日|2024-01-05",
        "2024/01/05 13:45|2024-01-05",
        "２０２４／０１／０５|2024-01-05",
        "20240105|2024-01-05",
        "12/1/2010 8:26|2010-12-01",
        "2011-12-09 12:50:00|2011-12-09",
        "45296|2024-01-05",
        "2024-1-5T10:00|2024-01-05",
        "2024.01.05|2024-01-05",
        "2024-01/05|2024-01-05",
        "2024/1/5日|2024-01-05",
        "12-1-2010|2010-12-01",
    })
    void readsTheDateFormsShopsUse(String text, String expected) {
        assertEquals(LocalDate.parse(expected), ValueParsers.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024/13/45", "31/31/2020", "2024-02-30", "2024-1-123", "2024-01-05x",
        "2024-01-05 10\n00", "12/1/20101", "123/1/2010"})
    void rejectsWhatIsNotADate(String text) {
        assertNull(ValueParsers.date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5/1/2024|2024-01-05", "5/1/2024 8:26|2024-01-05", "31.12.2020|2020-12-31"})
    void readsDayFirstDatesWhenTheColumnIsSo(String text, String expected) {
        assertEquals(LocalDate.parse(expected), ValueParsers.date(text, DateOrder.DAY_FIRST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234|1234", "1,234|1234", "1,234,567.5|1234567.5", "¥1,234|1234", "￥１，２３４|1234", "1234円|1234",
        "1,234 円|1234", "¥ 1,234|1234", "\\1,234|1234", "-12.5|-12.5", "−12.5|-12.5", "－１２．５|-12.5",
        "▲1,000|-1000", "▲ 1,000|-1000", "△1,000|-1000", "(1,000)|-1000", "(¥1,000)|-1000", "-¥1,234|-1234",
        "¥-1,234|-1234", "▲¥1,000|-1000", " 42 |42", "+3|3", "007|7", "0.1|0.1", "-0.35|-0.35",
        "123456789012.345|123456789012.345", "1234567890123456|1234567890123456", "12345678901234567890|12345678901234567890",
        "1e3|1000", "1.25E+3|1250", "-2.5e-3|-0.0025", "1.23457E+11|123457000000", "12.|12", ".5|0.5",
    })
    void readsTheAmountFormsSpreadsheetsWrite(String text, double expected) {
        assertEquals(expected, ValueParsers.number(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "-12.75", "3.14159265358979", "999999999999.999", "0.000000000000001", "-0", "-0.0",
        "1234567.890123456789", "4.9E-324", "1.7976931348623157E308", "0.30000000000000004", "9007199254740993"})
    void readsPlainNumbersAsTheJdkDoes(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(ValueParsers.number(text)));
    }

    /** Each of these was read as some number before, most of them wrongly (in comments: what it became). */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "NaN", "Infinity", "-", "+", "1-2", "--1", "1e999",
        "1.234,56", // 1.23456: a European amount
        "12,50", // 1250: a decimal comma
        "1,23,4", "1,2345", "12345,678", "0,123", ",123", "1,", "1,234.5.6",
        "▲-500", "-▲500", "(-500)", "-(500)", "(500", "500)", "▲", // +500 and such: a return read as a sale
        "100d", "100f", "100D", // Java's float and double suffixes
        "0x1p10", "0x10", // hexadecimal floating point: 1024
        "1円2", "1¥2", "¥1,234円", "¥¥1", "円1", "1¥", // currency signs anywhere
        "1 234", "1_000", "1e", "1e+", "1,000e3", "¥1e3", "1e1234", "e3", "١٢٣"})
    void rejectsWhatIsNotANumberASpreadsheetWrites(String text) {
        assertNull(ValueParsers.number(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,56|1234.56", "12,50|12.5", "1 234,5|1234.5", "1.234.567|1234567", "-12,5|-12.5", "▲1.000|-1000",
        "1000|1000", "1,5E+03|1500", "1234,5 円|1234.5", "0,5|0.5"})
    void readsDecimalCommaNumbersOnlyWhenAsked(String text, double expected) {
        assertEquals(expected, ValueParsers.number(text, DecimalMark.COMMA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,234.5", "1.23", "0.123", "1.234 567", "1.234,5,6"})
    void rejectsDecimalPointsWhenTheFileWritesDecimalCommas(String text) {
        assertNull(ValueParsers.number(text, DecimalMark.COMMA), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,56|POINT|decimal comma", "12,50|POINT|decimal comma", "1.5|COMMA|decimal point", "100d|POINT|100d"})
    void saysWhyANumberIsRefusedAndWhatWouldReadIt(String text, DecimalMark mark, String hint) {
        String why = SpreadsheetNumbers.problem(text, mark);
        assertTrue(why.contains("\"" + text + "\""), why);
        assertTrue(why.contains(hint), why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"A\\u0000B|1", "\\u001b[31m|0", "12\\t3|2", "x\\u007f|1", "\\u0085|0", "abc|-1", "全角ＩＤ|-1"})
    void findsControlCharacters(String escaped, int at) {
        assertEquals(at, ValueParsers.controlCharacter(unescape(escaped)));
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\t", i)) {
                b.append('\t');
                i++;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource({"13085.0,13085", "M000123,M000123", "' 12 ',12", "1.5,1.5"})
    void readsIdsAsTextWithSpreadsheetDecimalsDropped(String text, String expected) {
        assertEquals(expected, ValueParsers.id(text));
    }
}
