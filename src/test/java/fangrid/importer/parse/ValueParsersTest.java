package fangrid.importer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fangrid.domain.DateOrder;
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
        "1234|1234", "1,234|1234", "¥1,234|1234", "￥１，２３４|1234", "1234円|1234", "-12.5|-12.5",
        "▲1,000|-1000", "△1,000|-1000", "(1,000)|-1000", " 42 |42",
        "+3|3", "007|7", "0.1|0.1", "-0.35|-0.35", "123456789012.345|123456789012.345", "1234567890123456|1234567890123456",
        "12.|12", ".5|0.5", "1e3|1000",
    })
    void readsTheAmountFormsShopsUse(String text, double expected) {
        assertEquals(expected, ValueParsers.number(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "-12.75", "3.14159265358979", "999999999999.999", "0.000000000000001", "-0", "-0.0"})
    void readsPlainNumbersAsTheJdkDoes(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(ValueParsers.number(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "NaN", "Infinity", "-", "+", "1-2", "--1"})
    void rejectsWhatIsNotANumber(String text) {
        assertNull(ValueParsers.number(text));
    }

    @ParameterizedTest
    @CsvSource({"13085.0,13085", "M000123,M000123", "' 12 ',12", "1.5,1.5"})
    void readsIdsAsTextWithSpreadsheetDecimalsDropped(String text, String expected) {
        assertEquals(expected, ValueParsers.id(text));
    }
}
