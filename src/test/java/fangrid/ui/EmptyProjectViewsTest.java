package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A shop without survey answers, and a project without any data, in the real window: each view says what it needs
 * and offers the import, instead of showing zeros (a large "0.0%", an all-zero matrix with red first-category cells,
 * charts of zeros).
 */
@ExtendWith(ApplicationExtension.class)
class EmptyProjectViewsTest {
    @TempDir
    static Path dir;
    private static Path noSurvey;
    private static Path empty;
    private final Messages messages = new Messages(Locale.JAPANESE);
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeAll
    static void makeProjects() throws Exception {
        System.setProperty("fangrid.home", dir.resolve("home").toString());
        new AppHome(dir.resolve("home")).setLanguage("ja");
        try (Project p = Project.create(dir.resolve("no-survey"))) {
            new ImportService().importFile(p, TestProjects.sampleDataDir().resolve("orders.csv"),
                    DataKind.TRANSACTIONS);
            noSurvey = p.file();
        }
        try (Project p = Project.create(dir.resolve("empty"))) {
            empty = p.file();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean shown(String query) {
        Node n = robot.lookup(query).query();
        return n.isVisible() && n.getParent().isVisible();
    }

    private void assertSays(String view, String messageKey, String actionKey) {
        assertTrue(shown("#" + view), view + " is shown");
        assertEquals(messages.get(messageKey), text("#" + view + "-message"), view);
        assertEquals(messages.get(actionKey), robot.lookup("#" + view + "-action").queryAs(Button.class).getText(),
                view + " offers the import");
    }

    /** Answers the import's file dialog with the sample shop's survey, noting the dialog's title. */
    private final List<String> opened = new java.util.ArrayList<>();
    private final FileDialogs survey = new FileDialogs() {
        @Override
        public java.io.File open(FileChooser chooser, Window owner) {
            opened.add(chooser.getTitle());
            return TestProjects.sampleDataDir().resolve("survey.xlsx").toFile();
        }

        @Override
        public java.io.File save(FileChooser chooser, Window owner) {
            throw new AssertionError("nothing to save here: " + chooser.getTitle());
        }
    };

    @Test
    void withoutSurveyAnswersTheHeadlineMatrixAndSurveyChartsSayTheyNeedThemAndTheMatrixOffersTheImport()
            throws Exception {
        robot = window.start(survey, "--project=" + noSurvey);
        String headline = text("#firstCategoryShare");
        assertEquals(messages.get("headline.needsSurvey"), headline, "no large 0.0%");
        assertSays("matrixEmpty", "matrix.empty.needsSurvey", "empty.importSurvey");
        assertFalse(robot.lookup("#matrix").query().isVisible(), "the all-zero matrix is hidden");
        assertFalse(shown("#gridEmpty"), "the grid has orders to show");
        assertTrue(robot.lookup("#rfGrid").query().isVisible());

        robot.clickOn("#chartsTabHeader");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#chart-trend-message"));
        for (String chart : List.of("chart-share", "chart-trend", "chart-matrix")) {
            assertTrue(shown("#" + chart + "-message"), chart + " says what it needs");
            assertEquals(messages.get("charts.empty.needsSurvey"), text("#" + chart + "-message"), chart);
            assertTrue(robot.lookup("#" + chart + "-png").query().isDisabled(), chart
                    + ": nothing to save");
        }
        assertFalse(shown("#chart-deciles-message"), "the deciles have sales to show");

        robot.clickOn("#matrixEmpty-action");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importKind").tryQuery().isPresent());
        assertEquals(List.of(messages.get("menu.file.import")), opened, "the import's file dialog");
        assertEquals(DataKind.SURVEY, robot.lookup("#importKind").queryAs(ChoiceBox.class).getValue(),
                "the survey kind preselected");
        robot.clickOn(messages.get("import.cancel"));
    }

    @Test
    void anEmptyProjectAsksForTheShopsOrdersInEveryView() throws Exception {
        robot = window.start("--project=" + empty);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(messages.get("headline.needsTransactions"), text("#firstCategoryShare"));
        assertSays("gridEmpty", "empty.noTransactions", "empty.importTransactions");
        assertSays("matrixEmpty", "matrix.empty.needsTransactions", "empty.importTransactions");
        assertSays("detailEmpty", "detail.empty.needsTransactions", "empty.importTransactions");
        assertFalse(robot.lookup("#rfGrid").query().isVisible(), "no grid of zeros");

        robot.clickOn("#chartsTabHeader");
        for (String chart : List.of("chart-share", "chart-trend", "chart-matrix", "chart-deciles")) {
            assertEquals(messages.get("charts.empty.needsTransactions"), text("#" + chart + "-message"), chart);
            assertTrue(shown("#" + chart + "-message"), chart + " says what it needs");
        }
        robot.clickOn("#cpmTabHeader");
        assertSays("cpmEmpty", "cpm.empty", "empty.importTransactions");
        assertFalse(robot.lookup("#cpmGrid").query().isVisible(), "no CPM cells of zeros");
    }
}
