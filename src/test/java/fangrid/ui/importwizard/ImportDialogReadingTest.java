package fangrid.ui.importwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DecimalMark;
import fangrid.domain.Field;
import fangrid.domain.PreviewRow;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog's choices of how values are read: a decimal comma (never guessed: 1,234 is a thousand and more
 * in one file, a little over one in another) and accepting dates after today or before 1900. The preview marks what
 * the import would refuse, and the mapping the dialog hands to the import carries the choice.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogReadingTest {
    @TempDir
    Path dir;

    private ImportDialogModel open(FxRobot robot, Path file) throws Exception {
        ImportDialogModel model = new ImportDialogModel(file, TaskRunner.singleWorker());
        robot.interact(() -> {
            fangrid.ui.theme.Theme.loadFonts();
            new ImportDialog(model, new Messages(Locale.ENGLISH)).show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.mappingProperty().get() != null && !model.preview().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private static void waitUntil(ImportDialogModel model, Predicate<ImportDialogModel> done) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> done.test(model));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static PreviewRow.Cell cell(ImportDialogModel model, int row, Field f) {
        return model.preview().get(row).cells().get(f);
    }

    @Test
    void aDecimalCommaIsReadOnlyOnceChosen(FxRobot robot) throws Exception {
        Path f = Files.writeString(dir.resolve("eu.csv"), "customer_id;date;amount\nA;2024-01-05;1.234,56\nB;2024-01-06;12,50\n",
                StandardCharsets.UTF_8);
        ImportDialogModel model = open(robot, f);
        assertEquals(fangrid.domain.PreviewRow.Problem.NOT_A_NUMBER, cell(model, 0, Field.AMOUNT).problem());
        assertEquals(fangrid.domain.PreviewRow.Problem.NOT_A_NUMBER, cell(model, 1, Field.AMOUNT).problem());

        CheckBox comma = robot.lookup("#importDecimalComma").queryAs(CheckBox.class);
        assertFalse(comma.isDisabled());
        robot.clickOn(comma);
        waitUntil(model, m -> m.mappingProperty().get().decimalMark() == DecimalMark.COMMA
                && cell(m, 0, Field.AMOUNT).problem() == null);
        assertEquals("1234.56", cell(model, 0, Field.AMOUNT).text());
        assertEquals("12.5", cell(model, 1, Field.AMOUNT).text());
    }

    @Test
    void datesAfterTodayAreMarkedUntilAccepted(FxRobot robot) throws Exception {
        Path f = Files.writeString(dir.resolve("d.csv"), "customer_id,date,amount\nA,2024-01-05,100\nB,9999-12-31,200\n",
                StandardCharsets.UTF_8);
        ImportDialogModel model = open(robot, f);
        assertNull(cell(model, 0, Field.DATE).problem());
        assertEquals(fangrid.domain.PreviewRow.Problem.DATE_OUTSIDE_RANGE, cell(model, 1, Field.DATE).problem());

        robot.clickOn("#importAcceptDates");
        waitUntil(model, m -> m.mappingProperty().get().dateRange().outsideAccepted() && cell(m, 1, Field.DATE).problem() == null);
        assertEquals("9999-12-31", cell(model, 1, Field.DATE).text());
    }

    @Test
    void aWorkbookHasNoDecimalMarkToChoose(FxRobot robot) throws Exception {
        ImportDialogModel model = open(robot, TestProjects.sampleDataDir().resolve("survey.xlsx"));
        waitUntil(model, m -> !m.sheets().isEmpty());
        assertTrue(robot.lookup("#importDecimalComma").queryAs(CheckBox.class).isDisabled());
    }
}
