package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.project.AppHome;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoom, presentation mode and the headline's comparison in the real window: the zoom keys scale the window's type
 * and the zoom is there again after a restart; F5 presents, Page Down moves on, Esc puts every view back; a cell
 * dropped on a slide's name filters that view; the headline's change since the month before is the hand-counted one.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    /**
     * Five customers. At 2024-03-01 (the month before the analysis date 2024-03-11) A, B, C and D are known and only
     * A has bought three times and loves the product (favorability 7): 1 of 4 = 25 %. By 2024-03-11 B has bought a
     * third time (favorability 6) and E has come: A and B of 5 = 40 %. The change is +15.0 points.
     */
    private static final String ORDERS = """
            order_id,customer_id,date,amount
            1,A,2024-01-05,1000
            2,A,2024-01-20,1000
            3,A,2024-02-10,1000
            4,B,2024-01-10,1000
            5,B,2024-02-01,1000
            6,B,2024-03-05,1000
            7,C,2024-01-12,1000
            8,C,2024-02-15,1000
            9,C,2024-02-20,1000
            10,D,2024-02-03,1000
            11,E,2024-03-10,1000
            """;
    private static final String SURVEY = """
            customer_id,answer_date,favorability
            A,2024-01-25,7
            B,2024-01-15,6
            C,2024-01-25,5
            D,2024-02-05,7
            """;

    @TempDir
    static Path dir;
    private static Path sample;
    private static Path small;
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProjects() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            sample = p.file();
        }
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        Path survey = Files.writeString(dir.resolve("survey.csv"), SURVEY, StandardCharsets.UTF_8);
        try (Project p = Project.create(dir.resolve("small"))) {
            small = p.file();
            new ImportService().importFile(p, orders, DataKind.TRANSACTIONS);
            new ImportService().importFile(p, survey, DataKind.SURVEY);
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    /** The font size of {@code query}'s label once the style sheet has been applied (a loaded machine may not have yet). */
    private static double fontSize(FxRobot robot, String query) throws Exception {
        Label label = robot.lookup(query).queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            label.getScene().getRoot().applyCss();
            return label.getFont().getSize();
        }).get(30, TimeUnit.SECONDS);
    }

    private static Parent root(FxRobot robot) {
        return robot.lookup("#count-R1F1").query().getScene().getRoot();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void zoomKeysScaleTheWholeWindowAndTheZoomIsRememberedAcrossRestarts() throws Exception {
        FxRobot robot = window.start("--project=" + sample);
        double count = fontSize(robot, "#count-R1F1");
        double title = fontSize(robot, "#firstCategoryShare");
        assertEquals(18, count, 0.01, "a grid cell's count at 100 %");
        shortcut(robot, KeyCode.PLUS);
        shortcut(robot, KeyCode.EQUALS);
        assertTrue(root(robot).getStyleClass().contains("zoom-125"), root(robot).getStyleClass().toString());
        assertEquals(count * 1.25, fontSize(robot, "#count-R1F1"), 0.05, "the count grows with the zoom");
        assertEquals(title * 1.25, fontSize(robot, "#firstCategoryShare"), 0.05, "so does the headline");
        shortcut(robot, KeyCode.MINUS);
        assertEquals(count * 1.1, fontSize(robot, "#count-R1F1"), 0.05, "Ctrl − steps back to 110 %");
        window.close();

        assertEquals(110, new AppHome(dir.resolve("home")).zoom(), "remembered in the data folder");
        robot = window.start("--project=" + sample);
        assertEquals(count * 1.1, fontSize(robot, "#count-R1F1"), 0.05, "a restart opens at 110 %");
        shortcut(robot, KeyCode.DIGIT0);
        assertEquals(count, fontSize(robot, "#count-R1F1"), 0.01, "Ctrl 0: actual size");
        assertEquals(100, new AppHome(dir.resolve("home")).zoom());
    }

    /**
     * At 200 % every text of every lower tab is twice its size at 100 % (a size in pixels in the style sheet stays
     * as it was), and so is a dialog's.
     */
    @Test
    void zoomDoublesEveryTextInEveryTabAndInDialogs() throws Exception {
        FxRobot robot = window.start("--project=" + sample);
        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        Map<Labeled, Double> normal = new LinkedHashMap<>();
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> texts(tab.getContent(), normal));
        }
        normal.put(robot.lookup("#demoBadge").queryAs(Labeled.class), 0.0);
        robot.interact(() -> normal.replaceAll((l, size) -> l.getFont().getSize()));
        double dialogNormal = aboutDialogFontSize(robot);
        for (int i = 0; i < 5; i++) {
            shortcut(robot, KeyCode.PLUS);
        }
        try {
            assertEverythingDoubled(robot, tabs, normal, dialogNormal);
        } finally {
            shortcut(robot, KeyCode.DIGIT0); // the zoom is remembered for the next test's window
        }
    }

    private static void assertEverythingDoubled(FxRobot robot, TabPane tabs, Map<Labeled, Double> normal,
                                                double dialogNormal) throws Exception {
        assertTrue(root(robot).getStyleClass().contains("zoom-200"), root(robot).getStyleClass().toString());
        List<String> fixed = new ArrayList<>();
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
        }
        Parent root = root(robot);
        robot.interact(root::applyCss);
        robot.interact(() -> normal.forEach((l, size) -> {
            if (Math.abs(l.getFont().getSize() - 2 * size) > 0.1) {
                fixed.add(l.getStyleClass() + " \"" + l.getText() + "\": " + size + " -> " + l.getFont().getSize());
            }
        }));
        assertTrue(normal.size() > 40, "texts found: " + normal.size());
        assertTrue(fixed.isEmpty(), "texts that do not follow the zoom:\n" + String.join("\n", fixed));
        assertEquals(2 * dialogNormal, aboutDialogFontSize(robot), 0.1, "a dialog's text is zoomed too");
    }

    /** Every labelled node under {@code node} with a text. */
    private static void texts(Node node, Map<Labeled, Double> found) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            found.put(l, 0.0);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, found));
        }
    }

    /** Opens Help › About, returns its message's font size and closes it. */
    private static double aboutDialogFontSize(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem about = bar.getMenus().get(bar.getMenus().size() - 1).getItems().get(0);
        javafx.application.Platform.runLater(about::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        double size = WaitForAsyncUtils.asyncFx(() -> {
            pane.getScene().getRoot().applyCss(); // the dialog may be up before its first CSS pass on a loaded machine
            return ((Labeled) pane.lookup(".content")).getFont().getSize();
        }).get(30, TimeUnit.SECONDS);
        robot.interact(() -> pane.getScene().getWindow().hide());
        return size;
    }

    @Test
    void f5PresentsPageDownMovesOnAndEscPutsEveryViewBack() throws Exception {
        FxRobot robot = window.start("--project=" + sample);
        Node grid = robot.lookup("#gridCard").query();
        Parent gridPlace = grid.getParent();
        double count = fontSize(robot, "#count-R1F1");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#presentation").tryQuery().orElse(null), "presenting");
        Stage stage = (Stage) robot.lookup("#presentation").query().getScene().getWindow();
        assertTrue(stage.isFullScreen(), "full screen");
        assertFalse(robot.lookup(".menu-bar").queryAs(MenuBar.class).isVisible(), "no menus on a slide");
        assertTrue(robot.lookup("#slide-0").query().getStyleClass().contains("current"), "the headline first");
        List<Labeled> names = robot.lookup(".presentation-name").queryAllAs(Labeled.class).stream().toList();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> FanGridWindow.cutShort(names)).get(10, TimeUnit.SECONDS),
                "every slide's name whole in the bar");
        assertTrue(robot.lookup("#firstCategoryShare").query().isVisible());

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#slide-1").query().getStyleClass().contains("current"), "Page Down: the grid");
        assertTrue(isInside(grid, robot.lookup("#presentationSlide").query()), "the grid is the slide");
        assertEquals(count * 1.6, fontSize(robot, "#count-R1F1"), 0.05, "at large type");
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#slide-4").query().getStyleClass().contains("current"), "the charts tab");
        assertTrue(robot.lookup("#charts").query().isVisible());
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#slide-3").query().getStyleClass().contains("current"), "Page Up: segment detail");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty(), "Esc leaves");
        assertFalse(stage.isFullScreen());
        assertTrue(robot.lookup(".menu-bar").queryAs(MenuBar.class).isVisible());
        assertEquals(gridPlace, grid.getParent(), "the grid is back in its place");
        assertEquals(count, fontSize(robot, "#count-R1F1"), 0.01, "at the window's type");
        assertTrue(robot.lookup("#charts").query().getScene() != null, "the charts are back in their tab");
    }

    @Test
    void theMatrixSlideFillsTheScreen() throws Exception {
        FxRobot robot = window.start("--project=" + sample);
        robot.type(KeyCode.F5).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#slide-2").query().getStyleClass().contains("current"), "the matrix");
        Node slide = robot.lookup("#presentationSlide").query();
        Node last = robot.lookup("#matrix-cell-u0-f0").query();
        javafx.geometry.Bounds s = slide.localToScreen(slide.getLayoutBounds());
        javafx.geometry.Bounds c = last.localToScreen(last.getLayoutBounds());
        assertTrue(s.getMaxX() - c.getMaxX() < 0.05 * s.getWidth(), "the last column at the right edge: " + c + " in " + s);
        assertTrue(s.getMaxY() - c.getMaxY() < 0.08 * s.getHeight(), "the last row at the bottom: " + c + " in " + s);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(last.getLayoutBounds().getWidth() < 0.1 * s.getWidth(), "back in the window, cells at their size");
    }

    @Test
    void aCellDroppedOnASlidesNameFiltersThatViewAndShowsIt() throws Exception {
        FxRobot robot = window.start("--project=" + sample);
        robot.type(KeyCode.F5).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag("#cell-R1F1").dropTo("#slide-3");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#chip-detail").query().isVisible());
        assertTrue(robot.lookup("#slide-3").query().getStyleClass().contains("current"), "segment detail is shown");
        String chip = robot.lookup("#chip-detail-text").queryAs(Label.class).getText();
        assertTrue(chip.contains("R1F1"), chip);
        robot.clickOn("#chip-detail-clear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#chip-detail").query().isVisible());
    }

    @Test
    void theHeadlineSaysItsChangeSinceTheMonthBeforeAsCountedByHand() throws Exception {
        new AppHome(dir.resolve("home")).setLanguage("en");
        try {
            FxRobot robot = window.start("--project=" + small);
            assertEquals("40.0%", robot.lookup("#firstCategoryShare").queryAs(Label.class).getText());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#firstCategoryChange").queryAs(Label.class).getText().startsWith("+"));
            Label change = robot.lookup("#firstCategoryChange").queryAs(Label.class);
            assertEquals("+15.0 pts vs. Feb 29", change.getText());
            assertTrue(change.getStyleClass().contains("change-up"), change.getStyleClass().toString());
        } finally {
            new AppHome(dir.resolve("home")).setLanguage("ja");
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
