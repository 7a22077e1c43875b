package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.CategorySummary;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import fangrid.ui.common.Formats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
 * The Categories tab in the real window on the sample shop: each row shows its category's figures as that category
 * analysed on its own gives them (computed here category by category, not by the tab's one pass); a header click
 * sorts; double-clicking a row shows that category in every view, the sidebar's selector, the window title, the
 * grid, matrix and detail titles and a filter chip.
 */
@ExtendWith(ApplicationExtension.class)
class CategoriesTabTest {
    @TempDir
    static Path dir;
    private static Path project;
    /** Per category, in the project's order: customers, % of base, repeat rate, as shown in Japanese. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
        }
        Formats f = new Formats(Locale.JAPANESE);
        try (ProjectSession s = ProjectSession.open(project)) {
            for (var c : s.categories()) {
                Analysis alone = s.analyzeWith(s.settings().withCategory(c.name()));
                CategorySummary row = CategorySummary.of(c.name(), alone);
                int buyers = alone.grid().buyers();
                EXPECTED.put(c.name(), List.of(f.count(buyers),
                        f.percent((double) buyers / alone.grid().base()), f.percent(row.repeatRate())));
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CategorySummary> table(FxRobot robot) {
        return robot.lookup("#categories-table").queryAs(TableView.class);
    }

    private static TableCell<?, ?> cellNode(TableView<?> table, int row, int column) {
        TableColumn<?, ?> c = table.getColumns().get(column);
        return table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(tc -> tc.getTableColumn() == c && tc.getIndex() == row && !tc.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no cell at row " + row + ", column " + column));
    }

    private static String cell(TableView<?> table, int row, int column) {
        return cellNode(table, row, column).getText();
    }

    @Test
    void rowsShowEachCategoryAsAnalysedAloneSortAndOpenTheirCategory() throws Exception {
        FxRobot robot = window.start("--project=" + project, "--tab=categories");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table(robot).getItems().size() == EXPECTED.size());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CategorySummary> table = table(robot);
        List<String> names = new ArrayList<>(EXPECTED.keySet());
        for (int r = 0; r < names.size(); r++) {
            assertEquals(names.get(r), cell(table, r, 0), "the project's order: most lines first");
            List<String> expected = EXPECTED.get(names.get(r));
            assertEquals(expected, List.of(cell(table, r, 1), cell(table, r, 2), cell(table, r, 4)), names.get(r));
        }

        for (String cut : WaitForAsyncUtils.asyncFx(() -> FanGridWindow.cutShort(table.getColumns().stream()
                .map(c -> c.getGraphic()).filter(g -> g instanceof Labeled).map(g -> (Labeled) g).toList())).get(10, TimeUnit.SECONDS)) {
            throw new AssertionError("a column header is cut short: " + cut);
        }

        robot.clickOn("リピート率");
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> repeat = table.getItems().stream().map(CategorySummary::repeatRate).toList();
        assertEquals(repeat.stream().sorted().toList(), repeat, "lowest repeat rate first");
        robot.clickOn("リピート率");
        WaitForAsyncUtils.waitForFxEvents();
        repeat = table.getItems().stream().map(CategorySummary::repeatRate).toList();
        assertEquals(repeat.stream().sorted(Comparator.reverseOrder()).toList(), repeat, "then highest first");

        String last = table.getItems().get(table.getItems().size() - 1).name();
        robot.doubleClickOn(cellNode(table, table.getItems().size() - 1, 0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#categoryChoice")
                .queryAs(ComboBox.class).getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, robot.lookup("#categoryChoice").queryAs(ComboBox.class).getValue());
        String title = Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> ((Stage) w).getTitle())
                .filter(t -> t.startsWith("FanGrid")).findFirst().orElse("");
        assertTrue(title.contains(last), title);
        assertTrue(robot.lookup(".category-shown").tryQuery().isPresent(), "the row shown is marked");
        for (String label : List.of("#gridTitle", "#matrixTitle", "#detailTitle")) {
            String text = robot.lookup(label).queryAs(javafx.scene.control.Label.class).getText();
            assertTrue(text.startsWith(last + " · "), label + " names the category: " + text);
        }
        robot.drag("#cell-R3F1").dropTo("#chartsTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#chip-charts-text")
                .tryQueryAs(javafx.scene.control.Label.class).map(l -> l.getText() != null && !l.getText().isEmpty())
                .orElse(false));
        String chip = robot.lookup("#chip-charts-text").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(chip.contains(last + " · R3F1"), "the chip names the category: " + chip);
        assertEquals(names.size(), table.getItems().size(), "opening a category keeps every row");
    }
}
