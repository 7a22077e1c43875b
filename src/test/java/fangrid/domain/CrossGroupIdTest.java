package fangrid.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-category group ids keep hostile category names whole, in a filter too. */
class CrossGroupIdTest {
    private static final List<String> NAMES = List.of("Tea", "Cake, \"special\": A+B & 100%", "和菓子・季節限定",
            "L".repeat(190) + "長い", "a>b", " spaced out ", "", "it's", "%41");

    @Test
    void everyNameSurvivesTheIdAndAFilterOfSeveralGroups() {
        for (String a : NAMES) {
            for (String b : NAMES) {
                CustomerGroup both = new CustomerGroup.Cross(a, b, false);
                assertEquals(both, CustomerGroup.parse(both.id()), both.id());
                if (!a.equals(b)) {
                    CustomerGroup lapsed = new CustomerGroup.Cross(a, b, true);
                    CustomerFilter f = new CustomerFilter(List.of(List.of(lapsed, both), List.of(
                            new CustomerGroup.Grid(new GridCell(1, 1)))));
                    assertEquals(f, CustomerFilter.parse(f.format()), f.format());
                }
            }
        }
    }

    @Test
    void readableWhereItCanBe() {
        assertEquals("cross:Tea:和菓子:lapsed", new CustomerGroup.Cross("Tea", "和菓子", true).id());
        assertEquals("cross:Cake%2C%20%22special%22%3A%20A%2BB%20%26%20100%25:",
                new CustomerGroup.Cross("Cake, \"special\": A+B & 100%", "", false).id());
    }

    @Test
    void brokenIdsAreRefused() {
        for (String id : List.of("cross:Tea", "cross:Tea:Coffee:later", "cross:Tea:Tea:lapsed", "cross:a%2:b",
                "cross:%zz:b", "cross:a:b:c:d")) {
            assertThrows(IllegalArgumentException.class, () -> CustomerGroup.parse(id), id);
        }
    }
}
