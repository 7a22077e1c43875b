package fangrid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Demo mode's pseudonyms: worded per language, numbered by customer key, missing values stay missing. */
class CustomerNamesTest {
    @Test
    void realValuesPassThrough() {
        assertFalse(CustomerNames.REAL.isMasked());
        assertEquals("山田①", CustomerNames.REAL.id(0, "山田①"));
        assertEquals("yamada@example.jp", CustomerNames.REAL.email(0, "yamada@example.jp"));
        assertEquals(CustomerNames.REAL, CustomerNames.of(false, Locale.JAPANESE));
    }

    @Test
    void pseudonymsAreNumberedByKeyInTheWindowsLanguage() {
        CustomerNames ja = CustomerNames.of(true, Locale.JAPANESE);
        assertTrue(ja.isMasked());
        assertEquals("顧客 0001", ja.id(0, "M000001"));
        assertEquals("顧客 0001", ja.name(0, "池田　京子"));
        assertEquals("c0001@example.invalid", ja.email(0, "kyoko@example.com"));
        assertEquals("000-0000-0001", ja.phone(0, "080-0648-0601"));
        assertEquals("顧客 12345", ja.id(12344, "x"));
        assertEquals("Customer 0042", CustomerNames.masked(Locale.ENGLISH).id(41, "M000042"));
    }

    @Test
    void aValueAPersonDoesNotHaveStaysMissing() {
        CustomerNames ja = CustomerNames.masked(Locale.JAPANESE);
        assertNull(ja.name(3, null));
        assertNull(ja.email(3, null));
        assertNull(ja.phone(3, null));
        assertNull(ja.id(3, null));
    }
}
