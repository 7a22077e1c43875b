package fangrid.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The name an export proposes: after the group and the analysis date, saveable on Windows, macOS and Linux. */
class ExportFileNameTest {
    private static final LocalDate DATE = LocalDate.of(2011, 12, 10);

    @Test
    void namesTheGroupAsShownAndTheAnalysisDate() {
        assertEquals("R1F1+R1F2_2011-12-10.csv", ExportFileName.of("R1F1 + R1F2", DATE, "csv"));
        assertEquals("最近の初回購入者_2011-12-10.xlsx", ExportFileName.of("最近の初回購入者", DATE, "xlsx"));
        assertEquals("(R1F1+R1F2)∩好感度7×利用5_2011-12-10.csv",
                ExportFileName.of("(R1F1 + R1F2) ∩ 好感度7 × 利用5", DATE, "csv"));
        assertEquals("VIP list_2011-12-10.csv", ExportFileName.of("VIP  list", DATE, "csv"), "inner blanks kept, once");
        assertEquals("R1F1.csv", ExportFileName.of("R1F1", null, "csv"), "no analysis date without transactions");
    }

    @Test
    void leavesOutWhatAFileNameCannotHoldOnAnySystem() {
        String name = ExportFileName.of("a/b\\c:d*e?f\"g<h>i|j\tk", DATE, "csv");
        assertEquals("a_b_c_d_e_f_g_h_i_j_k_2011-12-10.csv", name);
        assertEquals("hidden_2011-12-10.csv", ExportFileName.of("..hidden. ", DATE, "csv"), "no leading dot, no trailing dot");
        assertEquals("customers_2011-12-10.csv", ExportFileName.of(" / ", DATE, "csv"), "nothing left to name it");
        assertEquals("customers.csv", ExportFileName.of("", null, "csv"));
        assertEquals("CON_.csv", ExportFileName.of("CON", null, "csv"), "a Windows device name");
        assertEquals("lpt1_.xlsx", ExportFileName.of("lpt1", null, "XLSX"));
    }

    @Test
    void aLongNameIsCutAtACharacterWithinWhatFileSystemsAllow() {
        String name = ExportFileName.of("顧".repeat(200), DATE, "csv");
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        assertTrue(name.matches("顧+_2011-12-10\\.csv"), name);
    }
}
