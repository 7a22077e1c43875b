package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The empty states' buttons import the kind of file their view needs, and wait while the project is busy. */
@ExtendWith(ApplicationExtension.class)
class EmptyViewsTest {
    @TempDir
    static Path dir;
    private static Analysis noSurvey;
    private static Analysis empty;
    private final List<DataKind> imported = new ArrayList<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private Label grid;
    private Label matrix;
    private Label detail;
    private EmptyViews views;

    @BeforeAll
    static void analyse() throws Exception {
        try (Project p = Project.create(dir.resolve("no-survey"))) {
            new ImportService().importFile(p, TestProjects.sampleDataDir().resolve("orders.csv"), DataKind.TRANSACTIONS);
            noSurvey = new AnalysisService().analyze(p);
        }
        try (Project p = Project.create(dir.resolve("empty"))) {
            empty = new AnalysisService().analyze(p);
        }
    }

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        grid = new Label("grid");
        matrix = new Label("matrix");
        detail = new Label("detail");
        StackPane gridHolder = new StackPane(grid);
        StackPane matrixHolder = new StackPane(matrix);
        StackPane detailHolder = new StackPane(detail);
        views = new EmptyViews(new Messages(Locale.JAPANESE), gridHolder, matrixHolder, imported::add, busy);
        views.coverDetail(detailHolder);
        stage.setScene(new Scene(new HBox(gridHolder, matrixHolder, detailHolder), 900, 300));
        stage.show();
    }

    @Test
    void theMatrixOfAShopWithoutAnswersImportsSurveyAnswersAndAnEmptyProjectsViewsImportOrders(FxRobot robot) {
        robot.interact(() -> views.show(noSurvey));
        assertTrue(grid.isVisible(), "the grid has orders");
        assertFalse(matrix.isVisible(), "the matrix has no answers");
        robot.clickOn("#matrixEmpty-action");
        assertEquals(List.of(DataKind.SURVEY), imported);

        robot.interact(() -> views.show(empty));
        assertFalse(grid.isVisible());
        assertFalse(detail.isVisible());
        robot.clickOn("#gridEmpty-action").clickOn("#detailEmpty-action").clickOn("#matrixEmpty-action");
        assertEquals(List.of(DataKind.SURVEY, DataKind.TRANSACTIONS, DataKind.TRANSACTIONS, DataKind.TRANSACTIONS),
                imported);

        robot.interact(() -> busy.set(true));
        assertTrue(robot.lookup("#gridEmpty-action").queryAs(Button.class).isDisabled(), "no import while busy");
        robot.interact(() -> views.show(null));
        assertTrue(grid.isVisible() && matrix.isVisible() && detail.isVisible(), "no project: nothing to cover");
    }
}
