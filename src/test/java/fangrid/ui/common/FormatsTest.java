package fangrid.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats japanese = new Formats(Locale.JAPANESE);
    private final Formats english = new Formats(Locale.ENGLISH);

    @Test
    void moneyIsWholeYenWithGroupedDigits() {
        assertEquals("¥1,780,000", japanese.money(1_780_000));
        assertEquals("¥1,780,000", english.money(1_780_000));
        assertEquals("¥5,981", japanese.money(5_980.5), "rounded to whole yen");
        assertEquals("¥0", japanese.money(0));
    }

    @Test
    void aNegativeAmountIsMarkedBeforeTheYenSignAsTheReaderWritesIt() {
        assertEquals("▲¥379,000", japanese.money(-379_000));
        assertEquals("-¥379,000", english.money(-379_000));
        assertEquals("▲¥1", japanese.money(-0.5 - 1e-9));
    }

    @Test
    void lessThanHalfAYenBelowZeroIsNoLoss() {
        assertEquals("¥0", japanese.money(-0.4));
        assertEquals("¥0", english.money(-0.4));
    }

    @Test
    void aChangeOfAShareIsInPointsSignedAsTheReaderWritesANegative() {
        assertEquals("+2.5", japanese.pointChange(0.047 - 0.022));
        assertEquals("▲0.3", japanese.pointChange(-0.003));
        assertEquals("-0.3", english.pointChange(-0.003));
        assertEquals("+15.0", english.pointChange(0.40 - 0.25));
        assertEquals("±0.0", english.pointChange(-0.0004), "less than half a tenth of a point is no change");
    }
}
