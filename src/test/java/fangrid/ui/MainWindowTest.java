package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.GridCell;
import fangrid.project.AppHome;
import fangrid.store.Project;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.control.Label;
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
    void theLanguageMenuSwitchesTheWindowToEnglishAndRemembersIt() throws Exception {
        FxRobot robot = start("--project=" + project);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("表示(_V)")).findFirst()
                .orElseThrow();
        javafx.scene.control.Menu language = (javafx.scene.control.Menu) view.getItems().get(0);
        robot.interact(() -> language.getItems().get(1).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("R × F grid")), "English UI strings");
        assertEquals("en", AppHome.forCurrentUser().language());
        robot.interact(() -> language.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ja", AppHome.forCurrentUser().language());
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
