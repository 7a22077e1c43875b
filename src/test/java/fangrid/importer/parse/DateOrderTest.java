package fangrid.importer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.DateOrder;
import fangrid.importer.MappingProposal;
import fangrid.importer.read.TableReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Day/month order is decided per file from its dates, and shown. */
class DateOrderTest {
    @TempDir
    Path dir;

    private MappingProposal propose(String csv) throws Exception {
        Path f = Files.writeString(dir.resolve("f.csv"), csv);
        return MappingProposal.of(TableReader.open(f), DataKind.TRANSACTIONS);
    }

    @Test
    void aDayAbove12MeansDayFirst() throws Exception {
        MappingProposal p = propose("CustomerID,InvoiceDate,Amount\nA,03/04/2011 10:00,1\nB,25/12/2011 09:00,2\n");
        assertEquals(DateOrder.DAY_FIRST, p.mapping().dateOrder());
        assertEquals("day first (detected)", p.describeDateOrder());
        assertEquals(LocalDate.of(2011, 4, 3), ValueParsers.date("03/04/2011 10:00", DateOrder.DAY_FIRST));
    }

    @Test
    void aSecondNumberAbove12MeansMonthFirstAsInOnlineRetail() throws Exception {
        MappingProposal p = propose("CustomerID,InvoiceDate,Amount\nA,12/1/2010 8:26,1\nB,12/13/2010 9:00,2\n");
        assertEquals(DateOrder.MONTH_FIRST, p.mapping().dateOrder());
        assertFalse(p.dateAmbiguous());
    }

    @Test
    void whenBothFitMonthFirstIsAssumedAndSaid() throws Exception {
        MappingProposal p = propose("CustomerID,InvoiceDate,Amount\nA,1/2/2011,1\n");
        assertTrue(p.hasDates() && p.dateAmbiguous());
        assertEquals("month first (assumed: the dates fit both orders)", p.describeDateOrder());
    }

    @Test
    void isoAndJapaneseDatesNeedNoOrder() throws Exception {
        assertFalse(propose("会員番号,受注日,金額\nA,2024/01/05,1\nB,2024年1月6日,2\n").hasDates());
    }
}
