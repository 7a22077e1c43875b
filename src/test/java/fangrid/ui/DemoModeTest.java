package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.target.TargetGrouping;
import fangrid.domain.CustomerContacts;
import fangrid.store.CustomerContactsLoader;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Demo mode in the real window: every place a customer's id or contact can appear — the customer table (every row),
 * a customer's timeline, the search, every text and tooltip in the window, and each export (CSV in UTF-8 and in
 * windows-31j, XLSX) and the PDF report — shows none of the sample shop's 3,600 real ids, names, emails or phones,
 * but the pseudonyms; switched off, the real ids are back.
 */
@ExtendWith(ApplicationExtension.class)
class DemoModeTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static int people;
    /** Every real id, name, email and phone of the sample shop. */
    private static final Set<String> REAL = new HashSet<>();
    private static String firstId;
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            Analysis a = new AnalysisService().analyze(p);
            CustomerContacts contacts = CustomerContactsLoader.load(p.connection());
            people = a.summary().people();
            for (int i = 0; i < a.customers().size(); i++) {
                addReal(a.customerId(i));
                addReal(contacts.name(i));
                addReal(contacts.email(i));
                addReal(contacts.phone(i));
            }
            firstId = a.customerId(0);
        }
        // 3,600 ids, emails and phones; fewer distinct names (namesakes)
        assertTrue(REAL.size() > 3600 * 3, "the sample's ids and contacts: " + REAL.size());
    }

    private static void addReal(String value) {
        if (value != null) {
            REAL.add(value);
        }
    }

    private final FileDialogs answers = new FileDialogs() {
        @Override
        public File open(FileChooser chooser, Window owner) {
            throw new AssertionError("this test opens no file");
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            return dir.resolve(chooser.getInitialFileName()).toFile();
        }
    };

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    /** The real values {@code text} holds (a name is matched whole, ids and contacts anywhere in it). */
    private static List<String> realIn(String text) {
        List<String> found = new ArrayList<>();
        for (String real : REAL) {
            if (text.contains(real)) {
                found.add(real);
            }
        }
        return found;
    }

    /** Whole cells (a file's, a table's): each is looked up, none may be a real value. */
    private static void assertNoRealCell(String where, List<String> cells) {
        List<String> found = cells.stream().map(c -> c.startsWith("'") ? c.substring(1) : c).filter(REAL::contains)
                .limit(5).toList();
        assertTrue(found.isEmpty(), where + " holds real customer data: " + found);
    }

    private static List<String> csvCells(String text) throws Exception {
        List<String> cells = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            parser.forEach(r -> r.forEach(cells::add));
        }
        return cells;
    }

    private static void assertNoRealValue(String where, String text) {
        List<String> found = realIn(text);
        assertTrue(found.isEmpty(), where + " shows real customer data: " + found.subList(0, Math.min(5, found.size())));
    }

    @Test
    void demoModeHidesEveryIdAndContactInTheWindowAndInEveryFileUntilSwitchedOff() throws Exception {
        robot = window.start(answers, "--project=" + project, "--demo=on");
        CustomerTableReader table = new CustomerTableReader(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.size() == people);
        assertTrue(robot.lookup("#demoBadge").query().isVisible(), "the status bar says demo mode is on");

        List<String> ids = table.column("customerId");
        assertEquals("顧客 0001", ids.get(0));
        assertNoRealCell("the customer table", ids);

        robot.clickOn(robot.lookup("#customerTable .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#timelineTitle").queryAs(Label.class).getText().contains("顧客 0001"));

        robot.clickOn("#customerSearch").write(firstId);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.size() == 0);
        robot.eraseText(firstId.length()).write("0001");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.size() > 0);
        assertTrue(table.column("customerId").contains("顧客 0001"), "a search finds pseudonyms");
        assertNoRealValue("the window", FanGridWindow.heldText());
        robot.eraseText(4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.size() == people);

        String utf8 = new String(export("csvUtf8", "csv"), StandardCharsets.UTF_8);
        assertTrue(utf8.contains("顧客 0001") && utf8.contains("c0001@example.invalid") && utf8.contains("000-0000-0001"),
                "pseudonyms in the CSV");
        assertNoRealCell("the UTF-8 CSV", csvCells(utf8));
        assertNoRealCell("the windows-31j CSV", csvCells(new String(export("csvSjis", "csv"), Charset.forName("windows-31j"))));
        assertNoRealCell("the XLSX", xlsxCells(export("xlsx", "xlsx")));
        assertNoRealValue("the PDF report", reportText());

        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("demoItem")).setSelected(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstId.equals(table.cellData("customerId", 0)));
        assertFalse(robot.lookup("#demoBadge").query().isVisible());
    }

    /**
     * The lower tabs added since demo mode came (plan, CPM and rank-down, migration, prediction, target selection):
     * every text and tooltip in each, and a target selection by single customer — its table, its {@code target
     * --demo} CSV and JSON — names customers by pseudonym only.
     */
    @Test
    void everyTabAndATargetSelectionByCustomerShowPseudonymsOnly() throws Exception {
        robot = window.start(answers, "--project=" + project, "--demo=on", "--tab=target");
        robot.interact(() -> {
            robot.lookup("#by").queryAs(javafx.scene.control.ComboBox.class).setValue(TargetGrouping.CUSTOMER);
            robot.lookup("#cost").queryAs(TextField.class).setText("100");
            robot.lookup("#margin").queryAs(TextField.class).setText("40");
        });
        robot.clickOn("#computeButton");
        TableView<?> target = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> target.getItems().size() > 100);
        List<String> names = CustomerTableReader.fx(() -> {
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < target.getItems().size(); i++) {
                shown.add(String.valueOf(target.getColumns().get(1).getCellData(i)));
            }
            return shown;
        });
        assertTrue(names.get(0).startsWith("顧客 "), "a customer's row is named by pseudonym: " + names.get(0));
        assertNoRealCell("the target selection's table", names);

        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the migration matrix and the plan's list fill in
            WaitForAsyncUtils.waitForFxEvents();
            assertNoRealValue("the " + tab.getText() + " tab", FanGridWindow.heldText());
        }

        Path csv = dir.resolve("target.csv");
        String[] args = {"target", "--project", project.toString(), "--cost", "100", "--margin", "40", "--by",
            "customer", "--read-only-copy"};
        String json = cli(args, "--demo", "--json");
        assertTrue(json.contains("Customer 0001"), "pseudonyms in target --demo --json");
        assertNoRealValue("target --demo --json", json);
        String summary = cli(args, "--demo", "--out", csv.toString());
        assertNoRealValue("target --demo's summary", summary);
        assertNoRealCell("target --demo --out", csvCells(Files.readString(csv)));
        assertFalse(realIn(cli(args, "--json")).isEmpty(), "without --demo the real ids are written");
    }

    /** Runs the command line with {@code args} and {@code more} as the launcher does; returns what it printed (exit 0). */
    private static String cli(String[] args, String... more) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            exit = fangrid.cli.FanGridCli.run(all);
        } finally {
            System.setOut(stdout);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, "exit code of " + String.join(" ", all) + ":\n" + printed);
        return printed;
    }

    /** Exports segment detail's customers (everyone) through its menu; returns the file's bytes. */
    private byte[] export(String kind, String extension) throws Exception {
        String item = java.util.ResourceBundle.getBundle("fangrid.i18n.messages", java.util.Locale.JAPANESE)
                .getString("detail.export." + kind);
        try (var files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith("." + extension)).forEach(f -> f.toFile().delete());
        }
        robot.clickOn("#exportSegment").clickOn(item);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> newest(extension) != null
                && robot.lookup("#detailFeedback").queryAs(Label.class).getText().contains("." + extension));
        return Files.readAllBytes(newest(extension));
    }

    private static Path newest(String extension) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith("." + extension)).findFirst().orElse(null);
        }
    }

    private static List<String> xlsxCells(byte[] bytes) throws Exception {
        List<String> cells = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    cells.add(c.toString());
                }
            }
        }
        assertTrue(cells.contains("顧客 0001"), "pseudonyms in the XLSX");
        return cells;
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Fires the menu item {@code id} as a click on it would. */
    private void fireMenuItem(String id) {
        robot.interact(() -> menuItem(id).fire());
    }

    /** Writes the report through File › Report… and reads its text back. */
    private String reportText() throws Exception {
        fireMenuItem("reportItem");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> newest("pdf") != null && statusSaysSaved());
        try (PDDocument doc = Loader.loadPDF(newest("pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("デモモード"), "the report says it was made in demo mode:\n" + text);
            return text;
        }
    }

    private boolean statusSaysSaved() {
        return robot.lookup(".status-bar").tryQueryAs(org.controlsfx.control.StatusBar.class)
                .map(bar -> String.valueOf(bar.getText()).contains("レポートを保存しました")).orElse(false);
    }
}
