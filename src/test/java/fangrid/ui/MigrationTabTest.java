package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerTable;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridCell;
import fangrid.store.Project;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Migration tab in the real window: a transition cell dropped on the grid filters it to those customers. The
 * expected people come from two plain analyses, a month before the analysis date and at it, customer by customer.
 */
@ExtendWith(ApplicationExtension.class)
class MigrationTabTest {
    @TempDir
    static Path dir;
    private static Path project;
    /** Customers in R1F1 a month before the analysis date and in R2F1 at it. */
    private static int r1f1ToR2f1;
    private final NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            AnalysisService service = new AnalysisService();
            Analysis now = service.analyze(p);
            LocalDate before = now.asOf().minusMonths(1);
            CustomerTable then = service.analyze(p, AnalysisSettings.DEFAULT.withAsOf(before)).customers();
            CustomerTable later = now.customers();
            for (int i = 0; i < then.size(); i++) {
                if (then.inBase(i) && new GridCell(1, 1).equals(then.gridCell(i))
                        && new GridCell(2, 1).equals(later.gridCell(i))) {
                    r1f1ToR2f1++;
                }
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        robot = window.start("--project=" + project);
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aTransitionCellDroppedOnTheGridFiltersItToThoseCustomers() throws Exception {
        assertTrue(r1f1ToR2f1 > 0, "the sample shop has customers moving from R1F1 to R2F1");
        robot.clickOn("顧客の移動");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#migration-cell-R1F1-R2F1").queryAll().isEmpty());
        assertEquals(n.format(r1f1ToR2f1), ((Label) robot.lookup("#migration-cell-R1F1-R2F1 .migration-count")
                .query()).getText());
        robot.drag("#migration-cell-R1F1-R2F1").dropTo("#gridHolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> n.format(r1f1ToR2f1).equals(text("#count-R2F1")));
        for (int i = 0; i < 9; i++) {
            GridCell c = GridCell.ofIndex(i);
            if (!c.equals(new GridCell(2, 1))) {
                assertEquals("0", text("#count-" + c), "grid cell " + c);
            }
        }
        assertTrue(text("#chip-grid-text").contains("R1F1 → R2F1"), text("#chip-grid-text"));
        assertTrue(text("#migrationNews").contains("R1F1 → R2F1"), "the largest move is said in words: "
                + text("#migrationNews"));
    }
}
