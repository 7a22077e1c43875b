package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    })
    void readsTheDateFormsShopsUse(String text, String expected) {
        assertEquals(LocalDate.parse(expected), ValueParsers.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2024/13/45", "31/31/2020"})
    void rejectsWhatIsNotADate(String text) {
        assertNull(ValueParsers.date(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234|1234", "1,234|1234", "¥1,234|1234", "￥１，２３４|1234", "1234円|1234", "-12.5|-12.5",
        "▲1,000|-1000", "△1,000|-1000", "(1,000)|-1000", " 42 |42",
    })
    void readsTheAmountFormsShopsUse(String text, double expected) {
        assertEquals(expected, ValueParsers.number(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "NaN", "Infinity"})
    void rejectsWhatIsNotANumber(String text) {
        assertNull(ValueParsers.number(text));
    }

    @ParameterizedTest
    @CsvSource({"13085.0,13085", "M000123,M000123", "' 12 ',12", "1.5,1.5"})
    void readsIdsAsTextWithSpreadsheetDecimalsDropped(String text, String expected) {
        assertEquals(expected, ValueParsers.id(text));
    }
}
