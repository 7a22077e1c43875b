package fangrid.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerColumnsProbe;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.GridThresholds;
import fangrid.domain.ImportReport;
import fangrid.importer.ImportService;
import fangrid.importer.read.TableReader;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.Project;
import java.nio.file.Path;
import java.time.LocalDate;
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
            assertEquals(true, new CustomerColumnsProbe(p, a).rfm("00001") != null, "ids keep their leading zeros");
        }
    }
}
