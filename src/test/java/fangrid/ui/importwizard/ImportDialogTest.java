package fangrid.ui.importwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.domain.Field;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskRunner;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog on the sample shop's windows-31j order file: proposal, parsed preview, and a missing field. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private ImportDialogModel model;
    private ImportDialog dialog;

    @Start
    void start(Stage stage) {
        fangrid.ui.theme.Theme.loadFonts();
        model = new ImportDialogModel(TestProjects.sampleDataDir().resolve("orders.csv"), TaskRunner.singleWorker());
        dialog = new ImportDialog(model, new Messages(Locale.JAPANESE));
        dialog.show();
    }

    private Button importButton() {
        ButtonType ok = dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.getDialogPane().lookupButton(ok);
    }

    /** Leaves a picture of the dialog in target/screenshots for people to look at (not an assertion). */
    private void saveSnapshot(FxRobot robot) throws Exception {
        java.nio.file.Path out = java.nio.file.Path.of("target/screenshots/import-dialog.png");
        java.nio.file.Files.createDirectories(out.getParent());
        robot.interact(() -> {
            var image = dialog.getDialogPane().getScene().snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void proposesTheMappingAndPreviewsParsedRowsThenBlocksAMissingRequiredField(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.preview().size() == ImportDialogModel.PREVIEW_ROWS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DataKind.TRANSACTIONS, model.kindProperty().get());
        assertEquals("受注日時", model.mappingProperty().get().columnName(Field.DATE));
        assertEquals("windows-31j, comma-separated", model.descriptionProperty().get());
        TableView<?> table = robot.lookup(".table-view").queryTableView();
        assertEquals(ImportDialogModel.PREVIEW_ROWS, table.getItems().size());
        String firstDate = model.preview().get(0).cells().get(Field.DATE).text();
        assertTrue(firstDate.matches("\\d{4}-\\d{2}-\\d{2}"), "dates shown as read: " + firstDate);
        assertFalse(importButton().isDisabled());
        saveSnapshot(robot);

        ComboBox<String> date = robot.lookup("#map-date").queryComboBox();
        robot.interact(() -> date.setValue("—"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.mappingProperty().get().column(Field.DATE) < 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(importButton().isDisabled(), "a transactions file needs a date");
        assertEquals("「日付」の列を選んでください（この種類のファイルに必要です）。",
                robot.lookup("#importProblem").queryAs(Label.class).getText(), "the missing field, named in Japanese");
    }
}
