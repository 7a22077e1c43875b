package fangrid.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerColumnsProbe;
import fangrid.analysis.GridSummary;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.GridCell;
import fangrid.domain.GridThresholds;
import fangrid.domain.ImportReport;
import fangrid.importer.ImportService;
import fangrid.importer.read.TableReader;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other peers' files in ../shared/data import as they are, with their quirks. */
class PeerDataImportTest {
    @TempDir
    Path dir;

    @Test
    void rfmPackageOrdersWithNamesAsIdsImportAndGiveTheDocumentedFigures() throws Exception {
        Path file = TestProjects.sharedData("rfm-r-package/rfm_data_orders.csv");
        try (Project p = Project.create(dir.resolve("rfm"))) {
            ImportReport r = new ImportService().importFile(p, file, DataKind.TRANSACTIONS);
            assertEquals(4_906, r.rowsImported());
            assertEquals(995, p.customerCount());
            new AnalysisSettingsRepository(p.settings())
                    .save(AnalysisSettings.DEFAULT.withAsOf(LocalDate.of(2006, 12, 31)));
            Analysis a = new AnalysisService().analyze(p);
            // REFERENCE_NOTES.md: Abbey O'Reilly, 205 days, 6 orders, 472.
            String[] abbey = new CustomerColumnsProbe(p, a).rfm("Abbey O'Reilly").split(",");
            assertEquals("205", abbey[0]);
            assertEquals("6", abbey[1]);
            assertEquals(47_200, Long.parseLong(abbey[2]));
        }
    }

    /** Customers in grid row {@code r} (recency band) or, with {@code row} false, column {@code r} (frequency band). */
    private static int band(GridSummary grid, int r, boolean row) {
        int n = 0;
        for (int k = 1; k <= 3; k++) {
            n += grid.customers(row ? new GridCell(r, k) : new GridCell(k, r));
        }
        return n;
    }

    @Test
    void cdnowsBlankSeparatedFileWithLeadingBlanksImports() throws Exception {
        Path file = TestProjects.sharedData("cdnow/CDNOW_master.txt");
        assertEquals("UTF-8, blank-separated", TableReader.open(file).describe());
        try (Project p = Project.create(dir.resolve("cdnow"))) {
            ImportReport r = new ImportService().importFile(p, file, DataKind.TRANSACTIONS);
            assertEquals(69_659, r.rowsImported());
            assertEquals(23_570, p.customerCount());
            Analysis a = new AnalysisService().analyze(p);
            assertEquals(LocalDate.of(1998, 7, 1), a.asOf(), "the day after the last purchase, 1998-06-30");
            // counted from the file by a separate script: without order ids an occasion is a customer's day
            CustomerColumnsProbe probe = new CustomerColumnsProbe(p, a);
            assertEquals("546,1,1177", probe.rfm("00001"), "ids keep their leading zeros: one CD on 1997-01-01, 11.77");
            assertEquals("535,1,8900", probe.rfm("00002"), "two lines on 1997-01-12 are one occasion, 12.00 + 77.00");
            assertEquals("72,3,5524", probe.rfm("00100"));
            GridSummary grid = a.grid();
            assertEquals(2_500_315.63, grid.totalSales(), 0.005, "REFERENCE_NOTES.md: the sum of dollar_value");
            assertEquals(23_570, grid.buyers(), "every customer bought, 80 lines of 0.00 included");
            assertEquals(List.of(3_301, 2_059, 18_210), List.of(band(grid, 1, true), band(grid, 2, true), band(grid, 3, true)),
                    "R1 ≤ 90 / R2 91–180 / R3 > 180 days");
            assertEquals(List.of(12_054, 4_040, 7_476), List.of(band(grid, 1, false), band(grid, 2, false), band(grid, 3, false)),
                    "F1 / F2 / F3: distinct purchase days");
        }
    }
}
