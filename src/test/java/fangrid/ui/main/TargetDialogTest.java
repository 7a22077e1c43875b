package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The target as typed: a percentage, with or without %, full-width digits too; blank for none. */
class TargetDialogTest {
    @Test
    void aPercentageBecomesAShare() {
        assertEquals(0.15, TargetDialog.parse("15").getAsDouble(), 1e-12);
        assertEquals(0.155, TargetDialog.parse(" 15.5 % ").getAsDouble(), 1e-12);
        assertEquals(0.12, TargetDialog.parse("１２％").getAsDouble(), 1e-12);
        assertTrue(TargetDialog.parse("  ").isEmpty(), "blank: no target");
    }

    @Test
    void anythingElseIsRefused() {
        assertNull(TargetDialog.parse("101"));
        assertNull(TargetDialog.parse("-1"));
        assertNull(TargetDialog.parse("fifteen"));
        assertNull(TargetDialog.parse("NaN"));
    }
}
