package fangrid.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void textAFormulaCouldStartWithGetsAQuoteAndNothingElseDoes() {
        SafeText t = new SafeText(null);
        for (String s : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", " =1",
            "\u3000@x", "＝HYPERLINK(\"http://x\")", "＋1", "－1", "＠SUM(A1)"}) {
            assertEquals("'" + s, t.cell(s));
        }
        for (String s : new String[] {"", "a=1", "'=1", "髙橋", "１２３"}) {
            assertEquals(s, t.cell(s));
        }
        assertNull(t.cell(null));
    }

    @Test
    void windows31jKeepsItsOwnCharactersAndReplacesEachOtherCodePointOnce() {
        SafeText t = new SafeText(Charset.forName("windows-31j"));
        assertEquals("髙橋①㈱ﾊﾝｶｸ～", t.cell("髙橋①㈱ﾊﾝｶｸ～"));
        assertEquals(0, t.replaced());
        assertEquals("?野家 ?", t.cell("𠮷野家 😀"));
        assertEquals("'-?", t.cell("-😀"), "fitted, then neutralized");
        assertEquals(3, t.replaced());
    }
}
