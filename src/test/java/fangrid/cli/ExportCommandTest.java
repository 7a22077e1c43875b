package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.domain.Activity;
import fangrid.domain.CustomerFilter;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.project.ProjectSession;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fangrid export} on the sample shop: a group's customers as the window's Export writes them (the same bytes),
 * the groups the contract names (a cell, an activity, a saved segment by name, all), the format from the flag or
 * the file's extension, and demo mode's pseudonyms.
 */
class ExportCommandTest {
    @TempDir
    static Path dir;
    static Path project;
    private static final ResourceBundle JAPANESE = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE);

    @BeforeAll
    static void sampleShop() throws Exception {
        project = dir.resolve("sample-shop.mv.db");
        try (ProjectSession s = ProjectSession.createWithSample(project)) {
            s.setLanguage("ja");
            Analysis a = s.analysis();
            s.saveSegment("春のDM", "", Activity.KEEP_LOYAL, "R1F3", a,
                    a.aggregates().select(CustomerFilter.parse("R1F3"), id -> null), false);
        }
    }

    private static CliRun export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--project";
        all[2] = project.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with BOM");
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().build().parse(new java.io.StringReader(text.substring(1)))) {
            assertEquals("顧客ID", p.getHeaderNames().get(0), "headers in the project's language");
            return p.getRecords();
        }
    }

    @Test
    void activityFourIsEveryCustomerWithThreeOrMorePurchases() throws Exception {
        Path out = dir.resolve("activity4.csv");
        CliRun run = export("--group", "activity:4", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        // sample-data/README.md: F3 (3 or more occasions) = 721; by default activity 4 is the three F3 cells
        assertEquals(721, rows(out).size());
        assertTrue(run.out().contains("customers: 721 written to"), run.out());
    }

    @Test
    void aCellIsWrittenByteForByteAsTheWindowsExportWritesIt() throws Exception {
        Path cli = dir.resolve("r1f3-cli.csv");
        assertEquals(0, export("--group", "R1F3", "--format", "csv-sjis", "--out", cli.toString()).exit());
        Path window = dir.resolve("r1f3-window.csv");
        try (ProjectSession s = ProjectSession.open(project)) {
            Analysis a = s.analysis();
            s.exportCustomers(a, a.aggregates().gridCell(new fangrid.domain.GridCell(1, 3)),
                    ExportFormat.CSV_WINDOWS_31J, window, JAPANESE, ExportProgress.NONE);
        }
        assertArrayEquals(Files.readAllBytes(window), Files.readAllBytes(cli));
    }

    @Test
    void aSavedSegmentByNameAndEveryoneAsXlsxByTheFilesExtension() throws Exception {
        Path saved = dir.resolve("saved.csv");
        assertEquals(0, export("--group", "segment:春のDM", "--out", saved.toString()).exit());
        Path r1f3 = dir.resolve("r1f3.csv");
        assertEquals(0, export("--group", "R1F3", "--out", r1f3.toString()).exit());
        assertEquals(Files.readString(r1f3), Files.readString(saved), "the segment was saved from R1F3");

        Path all = dir.resolve("all.xlsx");
        assertEquals(0, export("--out", all.toString()).exit());
        try (InputStream in = Files.newInputStream(all); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(3600 + 1, wb.getSheetAt(0).getPhysicalNumberOfRows(), "everyone (README: 3,600 people)");
        }
    }

    @Test
    void demoWritesPseudonymsAndNoRealIdOrContact() throws Exception {
        Path real = dir.resolve("real.csv");
        Path demo = dir.resolve("demo.csv");
        assertEquals(0, export("--group", "R1F1", "--out", real.toString()).exit());
        assertEquals(0, export("--group", "R1F1", "--demo", "--out", demo.toString()).exit());
        List<CSVRecord> realRows = rows(real);
        List<CSVRecord> demoRows = rows(demo);
        assertEquals(realRows.size(), demoRows.size());
        Set<String> secrets = new HashSet<>();
        for (CSVRecord r : realRows) {
            for (int c = 0; c < 4; c++) {
                if (!r.get(c).isEmpty()) {
                    secrets.add(r.get(c));
                }
            }
        }
        for (int k = 0; k < demoRows.size(); k++) {
            CSVRecord d = demoRows.get(k);
            for (String cell : d) {
                assertFalse(secrets.contains(cell), "a real value in the demo file: " + cell);
            }
            assertTrue(d.get(0).matches("顧客 \\d{4,}"), d.get(0));
            assertTrue(d.get(2).matches("c\\d{4,}@example\\.invalid"), d.get(2));
            for (int c = 4; c < d.size(); c++) {
                assertEquals(realRows.get(k).get(c), d.get(c), "figures unchanged");
            }
        }
    }

    @Test
    void anUnknownGroupOrFormatIsBadInputNamingWhatThereIs() {
        CliRun run = export("--group", "segment:nope", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("春のDM"), "names the saved segments: " + run.err());
        CliRun format = export("--format", "pdf", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("csv-bom, csv-sjis or xlsx"), format.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }
}
