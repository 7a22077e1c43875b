package fangrid.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+x", "-1+2", "@SUM(A1)", "\t=1", "\tx", "\r=1", "\rx",
            " =1", "  @x", "\u3000=1", "\u00a0-2+3", "\n=1", "＝HYPERLINK(\"x\")", "＋1", "－1", "＠SUM(A1)", " ＝1"})
    void aCellASpreadsheetWouldRunGetsAQuote(String cell) {
        assertEquals("'" + cell, SpreadsheetText.neutralize(cell));
        assertEquals("'" + cell, SpreadsheetText.neutralizeUnlessNumber(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a=1", "'=1", "髙橋", "１２３", "13085.0", "x-1", "a@b.jp"})
    void otherTextStaysAsItIs(String cell) {
        assertEquals(cell, SpreadsheetText.neutralize(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-500", "+1", "-1,234.5", "-0.5", "-1e5", "+1,234"})
    void aPlainNumberReadInStaysANumber(String cell) {
        assertEquals(cell, SpreadsheetText.neutralizeUnlessNumber(cell));
        assertEquals("'" + cell, SpreadsheetText.neutralize(cell), "as text it is neutralised");
    }

    @Test
    void nullStaysNull() {
        assertNull(SpreadsheetText.neutralize(null));
        assertNull(SpreadsheetText.neutralizeUnlessNumber(null));
    }
}
