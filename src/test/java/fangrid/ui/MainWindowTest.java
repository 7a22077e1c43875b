package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.GridCell;
import fangrid.project.AppHome;
import fangrid.store.Project;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless, on a project holding the sample shop: it shows the sample's real figures. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private static Path project;
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @Test
    void firstStartCreatesTheSampleProjectInTheDataFolderAndTheNextStartReopensIt() throws Exception {
        Path home = dir.resolve("fresh-home");
        String before = System.getProperty("fangrid.home");
        System.setProperty("fangrid.home", home.toString());
        try {
            FxRobot robot = start();
            Path file = home.resolve("projects").resolve("sample-shop.mv.db");
            assertTrue(java.nio.file.Files.isRegularFile(file), "the first project is one H2 file in the data folder");
            assertEquals("sample-shop", robot.lookup("#projectName").queryAs(Label.class).getText());
            assertEquals(4, robot.lookup("#importList").queryListView().getItems().size(), "the four sample files");
            closeApp();
            long size = java.nio.file.Files.size(file);
            robot = start();
            assertEquals(java.util.List.of(file), new AppHome(home).recentProjects());
            assertEquals(4, robot.lookup("#importList").queryListView().getItems().size(),
                    "reopened as it was, not imported again");
            assertTrue(java.nio.file.Files.size(file) <= size + 64 * 1024, "no second copy of the data");
        } finally {
            System.setProperty("fangrid.home", before);
        }
    }

    @Test
    void theWindowFitsTheScreenEvenWhenAskedForMore() throws Exception {
        System.setProperty("fangrid.window.width", "1500");
        System.setProperty("fangrid.window.height", "900");
        try {
            FxRobot robot = start("--project=" + project);
            Rectangle2D visible = Screen.getPrimary().getVisualBounds();
            Rectangle2D window = bounds(stage(robot));
            assertTrue(visible.contains(window), window + " inside " + visible);
            assertEquals(visible.getWidth(), window.getWidth(), "as wide as the screen allows");
        } finally {
            System.clearProperty("fangrid.window.width");
            System.clearProperty("fangrid.window.height");
        }
    }

    @Test
    void theWindowReopensWhereItWasClosed() throws Exception {
        String before = System.getProperty("fangrid.home");
        System.setProperty("fangrid.home", dir.resolve("window-home").toString());
        try {
            FxRobot robot = start("--project=" + project);
            Stage stage = stage(robot);
            Rectangle2D visible = Screen.getPrimary().getVisualBounds();
            assertTrue(visible.contains(bounds(stage)), bounds(stage) + " inside " + visible);
            Rectangle2D moved = new Rectangle2D(visible.getMinX() + 40, visible.getMinY() + 30, 1100, 700);
            robot.interact(() -> {
                stage.setX(moved.getMinX());
                stage.setY(moved.getMinY());
                stage.setWidth(moved.getWidth());
                stage.setHeight(moved.getHeight());
            });
            closeApp();
            // The next start is a new process: its window starts out elsewhere.
            robot.interact(() -> {
                stage.setX(visible.getMinX());
                stage.setY(visible.getMinY());
                stage.setWidth(visible.getWidth());
                stage.setHeight(visible.getHeight());
            });
            robot = start("--project=" + project);
            assertEquals(moved, bounds(stage(robot)));
        } finally {
            System.setProperty("fangrid.home", before);
        }
    }

    private static Stage stage(FxRobot robot) {
        return (Stage) robot.lookup(".menu-bar").query().getScene().getWindow();
    }

    private static Rectangle2D bounds(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    @Test
    void aProjectThatCannotBeOpenedIsSaidInTheWindowsLanguage() throws Exception {
        Path missing = dir.resolve("no-such-shop.mv.db");
        FxRobot robot = window.launch("--project=" + missing);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> errorText(robot) != null);
        assertEquals(missing + " に FanGrid のプロジェクトはありません。", errorText(robot));
    }

    /** The text of the error alert shown, or null. */
    private static String errorText(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                .filter(d -> "問題が発生しました".equals(d.getHeaderText())).map(javafx.scene.control.DialogPane::getContentText)
                .findFirst().orElse(null);
    }

    @Test
    void theLanguageMenuSwitchesTheWindowToEnglishAndBackToJapaneseAndRemembersIt() throws Exception {
        FxRobot robot = start("--project=" + project);
        assertEquals(List.of("ファイル(_F)", "絞り込み(_I)", "表示(_V)", "ヘルプ(_H)"), menuTitles(robot));
        robot.interact(() -> languageItem(robot, "English").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("_File", "F_ilter", "_View", "_Help"), menuTitles(robot));
        assertTrue(cardTitles(robot).containsAll(List.of("R × F grid", "Favorability × usage")), cardTitles(robot)::toString);
        assertEquals("en", AppHome.forCurrentUser().language());
        robot.interact(() -> languageItem(robot, "日本語").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ファイル(_F)", "絞り込み(_I)", "表示(_V)", "ヘルプ(_H)"), menuTitles(robot),
                "switched back, the menus are Japanese again");
        assertTrue(cardTitles(robot).containsAll(List.of("R × F グリッド", "好感度 × ご利用頻度")), cardTitles(robot)::toString);
        assertFalse(cardTitles(robot).contains("R × F grid"), "no English card left");
        assertEquals("基準日", robot.lookup("#asOfLabel").queryAs(Label.class).getText());
        assertEquals("ja", AppHome.forCurrentUser().language());
    }

    @Test
    void segmentDetailKeepsItsFiguresThroughLanguageSwitches() throws Exception {
        // Unfiltered, segment detail shows the whole base: its figures are the analysis's one cached object, so a
        // rebuilt window gets no change event for them and must show what the model holds.
        FxRobot robot = start("--project=" + project, "--tab=detail");
        String base = NumberFormat.getIntegerInstance(Locale.JAPANESE).format(
                new SampleOracle(TestProjects.sampleDataDir()).base);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !figure(robot, "customers").isEmpty());
        assertEquals(base + "人（全体の100.0%）", figure(robot, "customers"));
        robot.interact(() -> languageItem(robot, "English").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(base + " (100.0% of base)", figure(robot, "customers"));
        assertTrue(figure(robot, "sales").endsWith("(100.0% of sales)"), figure(robot, "sales"));
        robot.interact(() -> languageItem(robot, "日本語").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(base + "人（全体の100.0%）", figure(robot, "customers"));
        assertTrue(figure(robot, "sales").endsWith("（構成比 100.0%）"), figure(robot, "sales"));
    }

    /** The text of segment detail's figure {@code key} in the window shown now; empty when it is not there. */
    private static String figure(FxRobot robot, String key) {
        return robot.lookup("#detail-" + key).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static List<String> menuTitles(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> cardTitles(FxRobot robot) {
        return robot.lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** View › Language › {@code name} in the window shown now. */
    private static MenuItem languageItem(FxRobot robot, String name) {
        Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(2);
        Menu language = (Menu) view.getItems().get(0);
        return language.getItems().stream().filter(i -> i.getText().equals(name)).findFirst().orElseThrow();
    }

    private FxRobot start(String... args) throws Exception {
        return window.start(args);
    }

    @Test
    void gridAndHeadlineShowTheSampleShopsRealFiguresInJapanese() throws Exception {
        SampleOracle expected = new SampleOracle(TestProjects.sampleDataDir());
        FxRobot robot = start("--project=" + project);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);
        int buyers = 0;
        for (int i = 0; i < 9; i++) {
            GridCell cell = GridCell.ofIndex(i);
            assertEquals(n.format(expected.gridCounts[i]), robot.lookup("#count-" + cell).queryAs(Label.class).getText(),
                    "customers in " + cell);
            buyers += expected.gridCounts[i];
        }
        assertTrue(buyers > 2000, "the sample has thousands of buyers: " + buyers);
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.JAPANESE);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        assertEquals(pct.format((double) expected.firstCategory / expected.base),
                robot.lookup("#firstCategoryShare").queryAs(Label.class).getText());
        assertTrue(expected.firstCategory > 0);
        assertTrue(robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("R × F グリッド")), "Japanese UI strings");
    }
}
